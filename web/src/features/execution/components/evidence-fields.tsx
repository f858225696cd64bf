import { DeleteOutlined, LinkOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Upload, type UploadFile } from 'antd';
import { CHECK_IN_LIMITS, EVIDENCE_EXTENSIONS } from '../../../../../contracts/check-ins.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { DATE_FORMAT, formatNumber } from '../../../lib/format.ts';

const ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');
const MAX_MB = CHECK_IN_LIMITS.fileBytes / (1024 * 1024);

/** Why a picked file will probably be refused (the server decides; this only warns early). */
export function fileWarning(file: { name: string; size?: number }): 'type' | 'size' | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()?.toLowerCase() : '';
  if (!ext || !(EVIDENCE_EXTENSIONS as readonly string[]).includes(ext)) return 'type';
  if ((file.size ?? 0) > CHECK_IN_LIMITS.fileBytes) return 'size';
  return null;
}

/** Files picked for upload: kept in the browser until the check-in is sent with them. */
export function EvidenceFiles({
  files,
  onChange,
}: {
  files: UploadFile[];
  onChange: (files: UploadFile[]) => void;
}) {
  const { t, lang } = useI18n();
  const warnings = files
    .map((f) => ({ name: f.name, warning: fileWarning({ name: f.name, size: f.size }) }))
    .filter((w) => w.warning);
  return (
    <Form.Item
      label={t('checkIn.files')}
      extra={t('checkIn.filesHint', {
        max: CHECK_IN_LIMITS.files,
        mb: formatNumber(MAX_MB, lang),
        types: EVIDENCE_EXTENSIONS.join(', ').toUpperCase(),
      })}
    >
      <Upload
        multiple
        accept={ACCEPT}
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => onChange(fileList.slice(0, CHECK_IN_LIMITS.files))}
        maxCount={CHECK_IN_LIMITS.files}
      >
        <Button icon={<UploadOutlined aria-hidden="true" />}>{t('checkIn.pickFiles')}</Button>
      </Upload>
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('checkIn.fileWarningsTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w) => (
                <li key={w.name}>
                  {w.warning === 'size'
                    ? t('checkIn.fileTooLarge', { name: w.name, mb: formatNumber(MAX_MB, lang) })
                    : t('checkIn.fileTypeUnknown', { name: w.name })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Form.Item>
  );
}

/** Links to evidence published elsewhere (portals, shared drives), each with an optional title. */
export function EvidenceLinks() {
  const { t } = useI18n();
  return (
    <Form.List name="links">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('checkIn.links')}</legend>
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'url']}
                  style={{ flex: '2 1 220px', marginBottom: 0 }}
                  rules={[
                    { required: true, message: t('checkIn.urlRequired') },
                    { type: 'url', message: t('checkIn.urlInvalid') },
                  ]}
                >
                  <Input
                    prefix={<LinkOutlined aria-hidden="true" />}
                    placeholder="https://…"
                    aria-label={t('checkIn.linkUrl', { n: i + 1 })}
                    maxLength={CHECK_IN_LIMITS.url}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                  <Input
                    placeholder={t('checkIn.linkTitle')}
                    aria-label={t('checkIn.linkTitleN', { n: i + 1 })}
                    maxLength={CHECK_IN_LIMITS.title}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('checkIn.removeLink', { n: i + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {fields.length < CHECK_IN_LIMITS.links && (
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => add({ url: '', title: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('checkIn.addLink')}
              </Button>
            )}
          </Flex>
        </fieldset>
      )}
    </Form.List>
  );
}

/** Documents cited by number ("12/BC-UBND"), with their date and title when known. */
export function EvidenceDocuments() {
  const { t } = useI18n();
  return (
    <Form.List name="documents">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('checkIn.documents')}</legend>
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[field.name, 'number']}
                  style={{ flex: '1 1 140px', marginBottom: 0 }}
                  rules={[{ required: true, whitespace: true, message: t('checkIn.documentNumberRequired') }]}
                >
                  <Input
                    placeholder={t('checkIn.documentNumber')}
                    aria-label={t('checkIn.documentNumberN', { n: i + 1 })}
                    maxLength={CHECK_IN_LIMITS.documentNumber}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'date']} style={{ flex: '0 1 150px', marginBottom: 0 }}>
                  <DatePicker
                    format={DATE_FORMAT}
                    placeholder="dd/mm/yyyy"
                    style={{ width: '100%' }}
                    aria-label={t('checkIn.documentDateN', { n: i + 1 })}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} style={{ flex: '2 1 180px', marginBottom: 0 }}>
                  <Input
                    placeholder={t('checkIn.documentTitle')}
                    aria-label={t('checkIn.documentTitleN', { n: i + 1 })}
                    maxLength={CHECK_IN_LIMITS.title}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('checkIn.removeDocument', { n: i + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {fields.length < CHECK_IN_LIMITS.documents && (
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => add({ number: '', title: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('checkIn.addDocument')}
              </Button>
            )}
          </Flex>
        </fieldset>
      )}
    </Form.List>
  );
}
