export { followQuestionNotice } from './api/questions';
export { QuestionThread } from './components/question-thread';
