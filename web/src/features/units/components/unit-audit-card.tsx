import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type AuditEvent, useUnitAudit } from '../api/list-unit-audit.ts';

/** The unit's change log (admins over it), loaded on demand. */
export function UnitAuditCard({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const audit = useUnitAudit(unitId, shown);
  return (
    <Card title={<h2 className="card-title">{t('unit.audit')}</h2>}>
      {!shown ? (
        <Button onClick={() => setShown(true)}>{t('unit.auditShow')}</Button>
      ) : audit.isError ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : audit.data?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.auditEmpty')} />
      ) : (
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          loading={audit.isPending}
          dataSource={audit.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          sticky
          columns={[
            { key: 'seq', title: '#', dataIndex: 'seq', width: 70 },
            { key: 'at', title: t('audit.at'), render: (_, e) => formatDateTime(e.at), width: 170 },
            { key: 'action', title: t('audit.action'), dataIndex: 'action' },
          ]}
        />
      )}
    </Card>
  );
}
