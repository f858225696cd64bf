import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';
import type { FormFailure } from '../lib/form-errors.ts';

/**
 * The message above a form after a failed submit: a reload prompt when someone
 * else changed the record (409), otherwise what to fix.
 */
export function FormErrorAlert({
  failure,
  onReload,
}: {
  failure: FormFailure | null;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  if (!failure) return null;
  const { error, allFieldsShown } = failure;
  if (error.isConflict) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={t('common.conflictTitle')}
        description={t('common.conflictHint')}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {t('common.reload')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={allFieldsShown ? t('common.fixFields') : error.message}
    />
  );
}
