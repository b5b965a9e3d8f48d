import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/volunteers/console';

const messages: Messages<typeof zhCN> = {};

export default messages;
