// Japanese. Polite form (です・ます) throughout; field names in 「」; full-width
// punctuation, no spaces around placeholders except before Latin text.
import type { Messages } from "../types";

/** Japanese (`ja`). Loaded lazily by `loadMessages("ja")`. */
export const ja: Messages = {
  labelGivenName: "名",
  labelMiddleName: "ミドルネーム",
  labelSurname: "姓",
  labelUsername: "ユーザー名",
  labelEmail: "メールアドレス",
  labelPassword: "パスワード",
  labelConfirmPassword: "パスワード（確認）",

  required: "「{label}」を入力してください。",
  emailInvalid: "「{label}」に有効なメールアドレスを入力してください。",
  tooShort: "「{label}」は{min}文字以上で入力してください。",
  tooLong: "「{label}」は{max}文字以内で入力してください。",
  patternMismatch: "「{label}」の形式が正しくありません。",
  numberInvalid: "「{label}」には数値を入力してください。",
  passwordsDoNotMatch: "パスワードが一致しません。",

  consentTerms: "{terms}に同意します",
  consentTermsAndPrivacy: "{terms}に同意し、{privacy}を確認しました",
  termsLinkText: "利用規約",
  privacyLinkText: "プライバシーポリシー",
  consentRequired: "アカウントを作成するには、利用規約に同意してください。",
  marketingLabel: "製品に関するお知らせやキャンペーン情報を受け取る（任意）",

  requiredMarker: "（必須）",
  showPassword: "パスワードを表示",
  hidePassword: "パスワードを隠す",
  submit: "アカウントを作成",
  socialButton: "{name}で続ける",
  socialButtonStore: "{name}（{store}）で続ける",
  socialSeparator: "または",
  socialGroup: "他のアカウントで登録",
  selectPlaceholder: "選択してください",
  opensInNewTab: "（新しいタブで開きます）",

  // The page around the form, and the password guidance.
  heading: "アカウントを作成",
  signInPrompt: "すでにアカウントをお持ちですか？",
  signInLink: "ログイン",
  passwordRequirement: "{min}文字以上で入力してください。",
  passwordRequirementScreened:
    "{min}文字以上で入力してください。よく使われるパスワードや流出したパスワードは使用できません。",
  passwordRequirementScreenedOnly: "よく使われるパスワードや流出したパスワードは使用できません。",
  passwordHintRemaining: "あと{count}文字必要です。",
  passwordHintMet: "パスワードの長さは十分です。",

  loading: "読み込んでいます…",
  submitting: "アカウントを作成しています…",

  loadFailed: "登録フォームを読み込めませんでした。接続を確認して、もう一度お試しください。",
  loadNotJson:
    "登録フォームを読み込めませんでした。エンドポイントから JSON のビューモデルが返されませんでした。",
  loadInvalid: "登録フォームを読み込めませんでした。サーバーから送られたフォームを使用できません。",
  retry: "再試行",

  networkUncertain:
    "接続が切れたため、アカウントが作成されたかどうかを確認できません。もう一度お試しになる前に、メールを確認するか、サインインをお試しください。",
  serverError: "システムで問題が発生しました。しばらくしてから、もう一度お試しください。",
  unexpectedSuccess:
    "サーバーからの応答を解釈できませんでした。アカウントが作成されている可能性があります。メールを確認するか、サインインをお試しください。",
  conflict: "このメールアドレスのアカウントはすでに存在します。",
  invalidRequest: "アカウントを作成できませんでした。入力内容を確認して、もう一度お試しください。",
  rateLimited: "試行回数が多すぎます。{seconds}秒後にもう一度お試しください。",
  retryCountdown: "{seconds}秒後に再試行できます。",
  rateLimitedEnd: "再試行できるようになりました。",
  fieldInvalid: "この値は受け付けられませんでした。",

  successEnabledTitle: "アカウントの準備ができました",
  successEnabledBody: "サインインできるようになりました。",
  successUnverifiedTitle: "メールを確認して、アカウントを認証してください",
  successUnverifiedBody:
    "{email} 宛てに確認用のリンクを送信しました。リンクを開いて登録を完了してください。",
  successUnverifiedBodyNoEmail:
    "確認用のリンクを送信しました。リンクを開いて登録を完了してください。",
  successPendingTitle: "アカウントは承認待ちです",
  successPendingBody: "アカウントの準備ができしだい、お知らせします。",

  captchaLabel: "ロボットでないことの確認",
  captchaRequired: "ロボットでないことの確認を完了してください。",
  captchaExpired: "確認の有効期限が切れました。もう一度完了してください。",
  captchaLoadFailed:
    "確認画面を読み込めませんでした。接続を確認するか、このページでコンテンツブロッカーを無効にしてから、もう一度お試しください。",
  captchaClosed: "確認が完了する前に閉じられました。",
  captchaError: "確認中に問題が発生しました。もう一度お試しください。",
  captchaInvalid: "確認に失敗しました。もう一度完了してください。",

  verifyVerifying: "メールアドレスを確認しています…",
  verifyVerifiedTitle: "メールアドレスが確認されました",
  verifyVerifiedBody: "アカウントの準備ができました。サインインしてご利用ください。",
  verifySignIn: "サインイン",
  verifyExpiredTitle: "この確認用リンクは有効期限が切れています",
  verifyExpiredBody:
    "確認用リンクには有効期限があります。メールアドレスを入力していただければ、新しいリンクをお送りします。",
  verifyUsedTitle: "この確認用リンクはすでに使用されています",
  verifyUsedBody:
    "メールアドレスの確認がお済みの場合は、サインインしてください。まだの場合は、新しいリンクをリクエストしてください。",
  verifyInvalidTitle: "この確認用リンクは無効です",
  verifyInvalidBody:
    "リンクが途中で切れているか、正しくコピーされていない可能性があります。メールアドレスを入力していただければ、新しいリンクをお送りします。",
  verifyErrorTitle: "メールアドレスを確認できませんでした",
  verifyErrorBody: "接続を確認して、もう一度お試しください。",
  resendPrompt: "メールが届きませんか？",
  resendEmailLabel: "メールアドレス",
  resendButton: "新しいリンクを送信",
  resendSending: "新しいリンクを送信しています…",
  resendSent:
    "このアドレスのアカウントがまだ確認されていない場合は、新しいリンクをお送りしました。受信トレイと迷惑メールフォルダーをご確認ください。",
  resendCooldown: "{seconds}秒後に別のリンクをリクエストできます。",
  resendReady: "別のリンクをリクエストできるようになりました。",
  resendRateLimited: "リクエストが多すぎます。{seconds}秒後にもう一度お試しください。",
  resendFailed: "新しいリンクを送信できませんでした。接続を確認して、もう一度お試しください。",
};

export default ja;
