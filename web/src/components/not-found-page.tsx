import { Result } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';
import { ButtonLink } from './button-link.tsx';

/** Anything that does not exist (or is not visible to the caller: the API answers 404 for both). */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={<h1 className="card-title card-title-lg">{t('common.notFound')}</h1>}
      subTitle={t('common.notFoundHint')}
      extra={
        <ButtonLink type="primary" to="/">
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
