import { Alert, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useSignedInMe } from '../../../auth/api/get-me.ts';
import { usePersonResults } from '../../api/results.ts';
import { AppealModal } from './appeal-modal.tsx';
import { ResultCard } from './result-card.tsx';

/** The head's own results (/my-results): every finalized and provisional result, and the appeal. */
export function MyResultsPage() {
  const { t } = useI18n();
  const me = useSignedInMe();
  const personId = me.user.personId;
  const query = usePersonResults(personId);
  const [appealing, setAppealing] = useState<ResultDto | null>(null);
  return (
    <>
      <PageHeader title={t('myResults.title')} subtitle={t('myResults.subtitle')} />
      {!personId ? (
        <Alert type="info" showIcon title={t('myResults.noPerson')} />
      ) : query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.results.length === 0 ? (
        <Empty description={t('myResults.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {query.data.results.map((r) => (
            <ResultCard key={r.id} result={r} own onAppeal={() => setAppealing(r)} />
          ))}
        </Flex>
      )}
      {appealing && <AppealModal result={appealing} onClose={() => setAppealing(null)} />}
    </>
  );
}
