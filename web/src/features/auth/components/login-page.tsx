import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LIMITS } from '../../../../../contracts/common.ts';
import { BrandMark } from '../../../components/brand-mark.tsx';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMe } from '../api/get-me.ts';
import { type LoginInput, useLogin } from '../api/login.ts';
import styles from './login-page.module.css';

/** The sign-in page: product name, two fields, and the API's message when sign-in fails. */
export function LoginPage() {
  const { t } = useI18n();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  // Already signed in (e.g. a bookmarked /login): go on. Right after signing in, the form stays
  // on screen until the navigation below has rendered the next page.
  if (me.data && !login.isSuccess) return <Navigate to={from} replace />;

  const onFinish = (values: LoginInput) => {
    login.mutate(values, { onSuccess: () => navigate(from, { replace: true }) });
  };
  const error = login.error instanceof ApiError ? login.error : null;

  return (
    <div className={styles.page}>
      <div className={styles.band} aria-hidden="true" />
      <header className={styles.header}>
        <LanguageSwitch size="small" />
      </header>
      <main className={styles.main}>
        <Card className={styles.card} variant="borderless">
          <div className={styles.brand}>
            <BrandMark size={48} />
            <div>
              <div className={styles.product}>{t('app.name')}</div>
              <div className={styles.tagline}>{t('app.tagline')}</div>
            </div>
          </div>
          <h1 className={styles.title}>{t('login.title')}</h1>
          <Typography.Paragraph type="secondary">{t('login.intro')}</Typography.Paragraph>
          {error && (
            <Alert
              type={error.status === 429 ? 'warning' : 'error'}
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title={t('login.failed')}
              description={error.message}
            />
          )}
          <Form<LoginInput>
            layout="vertical"
            name="login"
            onFinish={onFinish}
            requiredMark={false}
            size="large"
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden="true" />}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={LIMITS.username}
                autoFocus
              />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden="true" />}
                autoComplete="current-password"
                maxLength={LIMITS.password}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending || login.isSuccess}>
              {t('login.submit')}
            </Button>
          </Form>
          <p className={styles.help}>{t('login.help')}</p>
        </Card>
      </main>
      <footer className={styles.footer}>{t('login.footer')}</footer>
    </div>
  );
}
