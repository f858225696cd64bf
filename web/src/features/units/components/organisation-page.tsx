import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Col, Drawer, Grid, Row } from 'antd';
import { useState } from 'react';
import { Outlet, useMatch } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useUnit } from '../api/get-unit.ts';
import styles from './organisation-page.module.css';
import { UnitNavigator } from './unit-navigator.tsx';

/** The organisation: the tree on the left, the selected unit's page on the right (the tree is a drawer on phones). */
export function OrganisationPage() {
  const { t } = useI18n();
  const match = useMatch('/units/:id');
  const selectedId = match?.params.id;
  const unit = useUnit(selectedId);
  const ancestorIds = unit.data ? unit.data.ancestors.map((a) => a.id) : [];
  const screens = Grid.useBreakpoint();
  const wide = screens.xl ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const navigator = (onSelected?: () => void, ownScroll = false) => (
    <UnitNavigator
      selectedId={selectedId}
      ancestorIds={ancestorIds}
      onSelected={onSelected}
      ownScroll={ownScroll}
    />
  );

  if (wide) {
    return (
      <Row gutter={16} wrap={false}>
        <Col flex={screens.xxl ? '360px' : '300px'} style={{ minWidth: 0 }}>
          <Card
            className={styles.treeCard}
            title={<h2 className="card-title">{t('org.tree')}</h2>}
            size="small"
          >
            {navigator(undefined, true)}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Outlet />
        </Col>
      </Row>
    );
  }

  if (!selectedId) {
    return (
      <Card title={<h1 className="card-title card-title-lg">{t('org.tree')}</h1>} size="small">
        {navigator()}
      </Card>
    );
  }

  return (
    <>
      <Button
        icon={<ApartmentOutlined aria-hidden="true" />}
        onClick={() => setDrawerOpen(true)}
        style={{ marginBottom: 12 }}
      >
        {t('org.openTree')}
      </Button>
      <Drawer
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        placement="left"
        size="min(92vw, 380px)"
        title={t('org.tree')}
      >
        {navigator(() => setDrawerOpen(false))}
      </Drawer>
      <Outlet />
    </>
  );
}
