import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';
import { useDownloadTemplate } from '../api/download-template.ts';
import { IMPORT_MAX_BYTES, useImportTasks, type WorkbookError } from '../api/import-tasks.ts';

/**
 * Imports a task workbook into a draft (replacing or appending to its list). Nothing is written
 * unless every row is valid; otherwise every problem is listed by sheet, row and column.
 */
export function ImportModal({
  assignment,
  open,
  dirty,
  onClose,
  onReload,
}: {
  assignment: AssignmentDto;
  open: boolean;
  /** Unsaved edits in the editor would be overwritten. */
  dirty: boolean;
  onClose: (imported?: AssignmentDto) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mutation = useImportTasks();
  const template = useDownloadTemplate();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'replace' | 'append'>('replace');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [errors, setErrors] = useState<WorkbookError[]>([]);
  const tooLarge = file !== null && file.size > IMPORT_MAX_BYTES;

  const close = (imported?: AssignmentDto) => {
    setFile(null);
    setFailure(null);
    setErrors([]);
    onClose(imported);
  };
  const submit = () => {
    if (!file || tooLarge) return;
    setFailure(null);
    setErrors([]);
    mutation.mutate(
      { id: assignment.id, version: assignment.version, mode, file },
      {
        onSuccess: (fresh) => {
          message.success(t('import.done', { count: fresh.tasks.length }));
          close(fresh);
        },
        onError: (e) => {
          const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
          setErrors(error.detailList<WorkbookError>('errors'));
          setFailure({ error, allFieldsShown: false });
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('import.title')}
      width={errors.length ? 920 : 600}
      okText={t('import.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !file || tooLarge }}
      confirmLoading={mutation.isPending}
      onOk={submit}
      onCancel={() => close()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <FormErrorAlert failure={failure} onReload={onReload} />
      {dirty && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('import.dirty')} />}
      {errors.length > 0 && (
        <Table<WorkbookError>
          rowKey={(e, i) => `${e.sheet}-${e.row}-${e.column}-${e.code}-${i}`}
          size="small"
          dataSource={errors}
          pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 760, y: 300 }}
          style={{ marginBottom: 16 }}
          data-testid="import-errors"
          columns={[
            { key: 'sheet', title: t('import.sheet'), width: 140, render: (_, e) => e.sheet ?? '' },
            { key: 'row', title: t('import.row'), width: 70, align: 'right', render: (_, e) => e.row ?? '' },
            { key: 'column', title: t('import.column'), width: 70, render: (_, e) => e.column ?? '' },
            { key: 'header', title: t('import.header'), width: 170, render: (_, e) => e.header ?? '' },
            { key: 'message', title: t('import.message'), render: (_, e) => e.message },
          ]}
        />
      )}
      <Typography.Paragraph style={{ marginTop: 0 }}>
        {t('import.intro')}{' '}
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          icon={<DownloadOutlined aria-hidden="true" />}
          loading={template.isPending}
          onClick={() => template.mutate(undefined, { onError: (e) => message.error(e.message) })}
        >
          {t('files.template')}
        </Button>
      </Typography.Paragraph>
      <Radio.Group
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        style={{ marginBottom: 12 }}
        aria-label={t('import.mode')}
        options={[
          { value: 'replace', label: t('import.replace') },
          { value: 'append', label: t('import.append') },
        ]}
      />
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        fileList={
          file ? [{ uid: 'file', name: file.name, size: file.size, status: tooLarge ? 'error' : 'done' }] : []
        }
        beforeUpload={(f) => {
          setFile(f);
          setErrors([]);
          setFailure(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          return true;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p className="ant-upload-text">{t('import.drop')}</p>
        <p className="ant-upload-hint">{t('import.hint')}</p>
      </Upload.Dragger>
      {tooLarge && (
        <Typography.Text type="danger" role="alert">
          {t('import.tooLarge')}
        </Typography.Text>
      )}
    </Modal>
  );
}
