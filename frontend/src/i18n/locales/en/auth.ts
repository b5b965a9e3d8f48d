import type { Messages } from '../../messages';
import type zhCN from '../zh-CN/auth';

const auth: Messages<typeof zhCN> = {
  intro: 'Micro-loans, featured farm products, training and volunteering for rural youth.',
  username: 'Username',
  password: 'Password',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  submit: 'Sign in',
  failed: 'Sign-in failed',
  badCredentials: 'The username or password is wrong, or the account is disabled.',
};

export default auth;
