import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/training/console';

const training: Messages<typeof zhCN> = {};

export default training;
