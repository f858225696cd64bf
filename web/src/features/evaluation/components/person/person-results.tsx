import { Card, Flex } from 'antd';
import { useState } from 'react';
import type { ResultDto } from '../../../../../../contracts/results.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useSignedInMe } from '../../../auth/api/get-me.ts';
import { usePersonResults } from '../../api/results.ts';
import { AppealModal } from './appeal-modal.tsx';
import { ResultCard } from './result-card.tsx';

/**
 * "Kết quả đánh giá" on a person's page: their results across cycles, shown only when the
 * API answers (personnel results are visible to the person, the assigning body, the
 * council and admins); the person may appeal from here.
 */
export function PersonResultsSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const me = useSignedInMe();
  const query = usePersonResults(personId);
  const [appealing, setAppealing] = useState<ResultDto | null>(null);
  if (!query.isSuccess || query.data.results.length === 0) return null;
  const own = me.user.personId === personId;
  return (
    <Card
      title={<h2 className="card-title">{t('personResults.results')}</h2>}
      data-testid="person-results"
      style={{ marginTop: 16 }}
    >
      <Flex vertical gap={12}>
        {query.data.results.map((r) => (
          <ResultCard key={r.id} result={r} own={own} onAppeal={() => setAppealing(r)} />
        ))}
      </Flex>
      {appealing && <AppealModal result={appealing} onClose={() => setAppealing(null)} />}
    </Card>
  );
}
