export { SignupForm } from "./SignupForm";
export { defaultComponents } from "./defaultComponents";
export { Field } from "./Field";
export { Input } from "./Input";
export { PasswordInput } from "./PasswordInput";
export { Checkbox } from "./Checkbox";
export { SocialButton } from "./SocialButton";
export { SubmitButton } from "./SubmitButton";
export { Message } from "./Message";
export { SuccessView } from "./SuccessView";
export { Loading } from "./Loading";
export { LoadError } from "./LoadError";
export { PageFooter, PageHeader, SignInPrompt } from "./Page";
export type {
  CheckboxInputProps,
  CheckboxProps,
  ControlInputProps,
  FieldProps,
  InputProps,
  LoadErrorProps,
  LoadingProps,
  MessageProps,
  PageFooterProps,
  PageHeaderProps,
  SignInPromptProps,
  PasswordInputProps,
  SignupFormComponents,
  SignupFormProps,
  SocialButtonProps,
  SubmitButtonProps,
  SuccessViewProps,
} from "./types";
