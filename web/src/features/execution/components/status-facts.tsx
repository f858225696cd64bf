import { Typography } from 'antd';
import type { TaskStatusDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';

type Deadline = Pick<
  TaskStatusDto,
  'status' | 'deadlineInForce' | 'originalDeadline' | 'extended' | 'daysToDeadline' | 'doneDate'
>;

/** "Hạn 30/06/2022 · còn 5 ngày" (or "quá hạn 3 ngày", "hoàn thành ngày …"), the original shown when extended. */
export function DeadlineInfo({ view, inline = false }: { view: Deadline; inline?: boolean }) {
  const { t } = useI18n();
  const days = view.daysToDeadline;
  const when =
    view.doneDate !== null
      ? t('deadline.doneOn', { date: formatDate(view.doneDate) })
      : days === null
        ? null
        : days < 0
          ? t('deadline.overdueBy', { count: -days })
          : days === 0
            ? t('deadline.today')
            : t('deadline.daysLeft', { count: days });
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper>
      <span>
        {t('deadline.label')} <strong>{formatDate(view.deadlineInForce)}</strong>
      </span>
      {when && (
        <span style={days !== null && days < 0 ? { color: '#a00f18', fontWeight: 600 } : undefined}>
          {' · '}
          {when}
        </span>
      )}
      {view.extended && (
        <>
          {inline ? ' ' : <br />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('deadline.extendedFrom')} <s className="value-replaced">{formatDate(view.originalDeadline)}</s>
          </Typography.Text>
        </>
      )}
    </Wrapper>
  );
}

/** "45%" or "38,5 tỷ đồng" for a reported or verified value. */
export function useProgressText() {
  const { lang } = useI18n();
  return (value: number | null, percent: number | null, unit?: string | null) =>
    value !== null
      ? `${formatNumber(value, lang)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`
      : percent !== null
        ? `${percent}%`
        : '';
}

/** The last check-in in force: "Báo cáo gần nhất 12/05/2022: 45%", or that none was made. */
export function LastCheckIn({
  last,
  unit,
  bare = false,
}: {
  last: TaskStatusDto['lastCheckIn'];
  unit?: string | null;
  /** Only "12/05/2022: 45%", where a label already says what it is. */
  bare?: boolean;
}) {
  const { t } = useI18n();
  const progress = useProgressText();
  if (!last)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('checkIn.noneYet')}
      </Typography.Text>
    );
  return (
    <Typography.Text style={{ fontSize: 13 }}>
      {bare
        ? `${formatDate(last.reportedOn)}:`
        : t('checkIn.lastShort', { date: formatDate(last.reportedOn) })}{' '}
      <strong>{progress(last.value, last.percent, unit)}</strong>
    </Typography.Text>
  );
}
