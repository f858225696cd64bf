import { FileOutlined, FileTextOutlined, LinkOutlined } from '@ant-design/icons';
import type { TimelineEventDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import styles from './timeline.module.css';

type Evidence = Extract<TimelineEventDto, { kind: 'check_in' }>['evidence'][number];

function size(bytes: number | null, lang: 'vi' | 'en'): string {
  if (bytes === null) return '';
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB`;
}

/** The evidence of a check-in: files to download, links (opened in a new tab), documents cited by number. */
export function EvidenceList({ items }: { items: Evidence[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul className={styles.evidence} aria-label={t('timeline.evidence')}>
      {items.map((e) => (
        <li key={e.id}>
          {e.kind === 'file' && (
            <>
              <FileOutlined aria-hidden="true" />{' '}
              <a href={`/api/evidence/${e.id}/file`} download={e.fileName ?? undefined}>
                {e.fileName ?? t('timeline.file')}
              </a>{' '}
              <span className={styles.muted}>
                ({t('timeline.download')}
                {e.size !== null ? `, ${size(e.size, lang)}` : ''})
              </span>
            </>
          )}
          {e.kind === 'link' && e.url && (
            <>
              <LinkOutlined aria-hidden="true" />{' '}
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title || e.url}
              </a>{' '}
              <span className="sr-only">({t('timeline.newTab')})</span>
            </>
          )}
          {e.kind === 'document' && (
            <>
              <FileTextOutlined aria-hidden="true" />{' '}
              {t('timeline.documentRef', {
                number: e.documentNumber ?? '',
                date: e.documentDate ? formatDate(e.documentDate) : '—',
              })}
              {e.title ? `: ${e.title}` : ''}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
