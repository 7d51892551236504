/**
 * The sign-in page's words in both languages. Kept apart from the app's dictionaries (../i18n) so the
 * page loads these few lines, not every message of the app; i18n/messages.test.ts checks them as it
 * checks the app's.
 */
export const loginZh = {
  'app.name': '执行案件办理平台',
  'login.title': '登录 · 执行案件办理平台',
  'login.tagline': '民事判决执行 · 全流程网上办理',
  'login.heading': '用户登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.showPassword': '显示密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.wrongCredentials': '用户名或密码错误',
  'login.rateLimited': '登录尝试过于频繁，请稍后再试',
  'login.failed': '登录失败',
  'login.network': '无法连接服务器，请检查网络后重试',
  'login.demoHint': '演示账号：officer / zhixing-demo',
  'footer.text': '执行案件办理平台 · 版本 {version}',
};

export type LoginKey = keyof typeof loginZh;

export const loginEn: Record<LoginKey, string> = {
  'app.name': 'Enforcement Case Platform',
  'login.title': 'Sign in · Enforcement Case Platform',
  'login.tagline': 'Enforcing civil judgments, end to end online',
  'login.heading': 'Sign in',
  'login.username': 'User name',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.usernameRequired': 'Enter your user name',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.wrongCredentials': 'Wrong user name or password',
  'login.rateLimited': 'Too many attempts; please wait and try again',
  'login.failed': 'Sign-in failed',
  'login.network': 'The server cannot be reached; check the network and try again',
  'login.demoHint': 'Demo account: officer / zhixing-demo',
  'footer.text': 'Zhixing enforcement case platform · version {version}',
};
