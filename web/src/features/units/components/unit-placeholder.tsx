import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Empty } from 'antd';
import { useI18n } from '../../../i18n/i18n.tsx';

/** The right-hand side before a unit is picked. */
export function UnitPlaceholder() {
  const { t } = useI18n();
  return (
    <Card>
      <h1 className="card-title card-title-lg">{t('org.title')}</h1>
      <Empty
        image={<ApartmentOutlined style={{ fontSize: 48, color: '#1f4e8c' }} aria-hidden="true" />}
        description={t('org.pickUnit')}
      />
    </Card>
  );
}
