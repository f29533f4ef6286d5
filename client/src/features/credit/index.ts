export { CreditRecordCard } from './components/credit-record-card';
export { MyCredit } from './components/my-credit';
export { SuspensionList } from './components/suspension-list';
