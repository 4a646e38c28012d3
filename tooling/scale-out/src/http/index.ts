export { sendRequest, type HttpAnswer } from "./request";
export { signInWithForm, type SignInOutcome } from "./sign-in";
export { trpcMutation, trpcQuery, type TrpcAnswer } from "./trpc";
export { Visitor } from "./visitor";
