import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';

/** Asks before leaving the page (in the app or by closing the tab) while edits are unsaved. */
export function useUnsavedChangesGuard(dirty: boolean) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    dirty ? currentLocation.pathname !== nextLocation.pathname : false,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('editor.leaveTitle'),
      content: t('editor.leaveBody'),
      okText: t('editor.leave'),
      okButtonProps: { danger: true },
      cancelText: t('editor.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
