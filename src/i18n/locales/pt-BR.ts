// Portuguese (Brazil). Polite "você" with impersonal imperatives, the register of
// Brazilian product copy ("entrar", "cadastro", "senha").
import type { Messages } from "../types";

/** Portuguese, Brazil (`pt-BR`). Loaded lazily by `loadMessages("pt-BR")`. */
export const ptBR: Messages = {
  labelGivenName: "Nome",
  labelMiddleName: "Nome do meio",
  labelSurname: "Sobrenome",
  labelUsername: "Nome de usuário",
  labelEmail: "E-mail",
  labelPassword: "Senha",
  labelConfirmPassword: "Confirmar senha",

  required: "O campo “{label}” é obrigatório.",
  emailInvalid: "O campo “{label}” não contém um endereço de e-mail válido.",
  tooShort: "O campo “{label}” deve ter pelo menos {min} caracteres.",
  tooLong: "O campo “{label}” deve ter no máximo {max} caracteres.",
  patternMismatch: "O campo “{label}” não está no formato esperado.",
  numberInvalid: "O campo “{label}” deve ser um número.",
  passwordsDoNotMatch: "As senhas não coincidem.",

  consentTerms: "Aceito os {terms}",
  consentTermsAndPrivacy: "Aceito os {terms} e li o {privacy}",
  termsLinkText: "termos de uso",
  privacyLinkText: "aviso de privacidade",
  consentRequired: "Aceite os termos de uso para criar sua conta.",
  marketingLabel: "Quero receber novidades e ofertas de produtos (opcional)",

  requiredMarker: "(obrigatório)",
  showPassword: "Mostrar senha",
  hidePassword: "Ocultar senha",
  submit: "Criar conta",
  socialButton: "Continuar com {name}",
  socialButtonStore: "Continuar com {name} ({store})",
  socialSeparator: "ou",
  socialGroup: "Cadastre-se com outra conta",
  selectPlaceholder: "Selecione…",
  opensInNewTab: "(abre em uma nova guia)",

  // The page around the form, and the password guidance.
  heading: "Crie sua conta",
  signInPrompt: "Já tem uma conta?",
  signInLink: "Entrar",
  passwordRequirement: "Pelo menos {min} caracteres.",
  passwordRequirementScreened:
    "Pelo menos {min} caracteres. Senhas comuns ou vazadas não são aceitas.",
  passwordRequirementScreenedOnly: "Senhas comuns ou vazadas não são aceitas.",
  passwordHintRemaining: "Caracteres que ainda faltam: {count}.",
  passwordHintMet: "A senha já tem o tamanho suficiente.",

  loading: "Carregando…",
  submitting: "Criando sua conta…",

  loadFailed:
    "Não foi possível carregar o formulário de cadastro. Verifique sua conexão e tente novamente.",
  loadNotJson:
    "Não foi possível carregar o formulário de cadastro: o endpoint não retornou um modelo de visualização em JSON.",
  loadInvalid:
    "Não foi possível carregar o formulário de cadastro: o servidor enviou um formulário que não pode ser usado.",
  retry: "Tentar novamente",

  networkUncertain:
    "A conexão caiu, então sua conta pode ou não ter sido criada. Verifique seu e-mail ou tente entrar antes de tentar novamente.",
  serverError: "Ocorreu um erro do nosso lado. Tente novamente em instantes.",
  unexpectedSuccess:
    "O servidor respondeu de um jeito que não entendemos. Sua conta pode ter sido criada: verifique seu e-mail ou tente entrar.",
  conflict: "Já existe uma conta com esse e-mail.",
  invalidRequest: "Não foi possível criar sua conta. Verifique o formulário e tente novamente.",
  rateLimited: "Muitas tentativas. Tente novamente em {duration}.",
  retryCountdown: "Você poderá tentar novamente em {seconds} s.",
  rateLimitedEnd: "Você já pode tentar novamente.",
  fieldInvalid: "Este valor não foi aceito.",

  successEnabledTitle: "Sua conta está pronta",
  successEnabledBody: "Você já pode entrar.",
  successUnverifiedTitle: "Confira seu e-mail para confirmar sua conta",
  successUnverifiedBody:
    "Enviamos um link de confirmação para {email}. Abra-o para concluir o cadastro.",
  successUnverifiedBodyNoEmail:
    "Enviamos um link de confirmação para você. Abra-o para concluir o cadastro.",
  successPendingTitle: "Sua conta está pendente",
  successPendingBody: "Avisaremos você quando sua conta estiver pronta.",

  captchaLabel: "Verificação de segurança",
  captchaRequired: "Conclua a verificação de segurança.",
  captchaExpired: "A verificação de segurança expirou. Conclua-a novamente.",
  captchaLoadFailed:
    "Não foi possível carregar a verificação de segurança. Verifique sua conexão ou desative os bloqueadores de conteúdo nesta página e tente novamente.",
  captchaClosed: "A verificação de segurança foi fechada antes de ser concluída.",
  captchaError: "A verificação de segurança encontrou um problema. Tente novamente.",
  captchaInvalid: "A verificação de segurança não foi aprovada. Conclua-a novamente.",

  verifyVerifying: "Confirmando seu endereço de e-mail…",
  verifyVerifiedTitle: "Seu endereço de e-mail foi confirmado",
  verifyVerifiedBody: "Sua conta está pronta. Você já pode entrar.",
  verifySignIn: "Entrar",
  verifyExpiredTitle: "Este link de confirmação expirou",
  verifyExpiredBody:
    "Os links de confirmação valem por tempo limitado. Informe seu endereço de e-mail e enviaremos um novo.",
  verifyUsedTitle: "Este link de confirmação já foi usado",
  verifyUsedBody:
    "Se você já confirmou seu endereço de e-mail, entre. Caso contrário, solicite um novo link.",
  verifyInvalidTitle: "Este link de confirmação não é válido",
  verifyInvalidBody:
    "O link pode estar incompleto ou ter sido copiado incorretamente. Informe seu endereço de e-mail e enviaremos um novo.",
  verifyErrorTitle: "Não foi possível confirmar seu endereço de e-mail",
  verifyErrorBody: "Verifique sua conexão e tente novamente.",
  resendPrompt: "Não recebeu o e-mail?",
  resendEmailLabel: "Endereço de e-mail",
  resendButton: "Enviar novo link",
  resendSending: "Enviando novo link…",
  resendSent:
    "Se uma conta com esse endereço ainda precisar de confirmação, um novo link está a caminho. Verifique sua caixa de entrada e a pasta de spam.",
  resendCooldown: "Você poderá solicitar outro link em {seconds} s.",
  resendReady: "Você já pode solicitar outro link.",
  resendRateLimited: "Muitas solicitações. Tente novamente em {duration}.",
  resendFailed: "Não foi possível enviar um novo link. Verifique sua conexão e tente novamente.",
};

export default ptBR;
