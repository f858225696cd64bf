import { LogoutOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useLogout } from '../api/logout.ts';
import { ChangePasswordModal } from './change-password-modal.tsx';

/**
 * Shown instead of every screen while the account must change the password an admin gave it:
 * the API refuses everything else (403 password_change_required) until it is changed.
 */
export function PasswordGate() {
  const { t } = useI18n();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = (
    <Button
      icon={<LogoutOutlined aria-hidden="true" />}
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
    >
      {t('user.signOut')}
    </Button>
  );
  return (
    <>
      <Result
        status="warning"
        title={<h1 className="card-title card-title-lg">{t('password.gateTitle')}</h1>}
        subTitle={t('password.gateBody')}
        extra={signOut}
      />
      <ChangePasswordModal open onClose={() => {}} forced={{ signOut }} />
    </>
  );
}
