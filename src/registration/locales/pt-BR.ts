// Client registration in Brazilian Portuguese. "Você" with impersonal
// imperatives and “…” quotes, as in the signup catalogue (src/i18n/locales/pt-BR.ts).
import type { RegistrationMessages } from "../messages";

/** Brazilian Portuguese: every string of client registration. Loaded lazily by `loadRegistrationMessages("pt-BR")`. */
const ptBR: RegistrationMessages = {
  client_name: "Nome do aplicativo",
  redirect_uris: "URIs de redirecionamento",
  grant_types: "Tipos de concessão",
  response_types: "Tipos de resposta",
  token_endpoint_auth_method: "Autenticação no endpoint de token",
  scope: "Escopo",
  contacts: "Contatos",
  logo_uri: "URL do logotipo",
  client_uri: "URL da página inicial",
  policy_uri: "URL da política de privacidade",
  tos_uri: "URL dos termos de serviço",
  sectionBasics: "Sobre o aplicativo",
  sectionRedirects: "Redirecionamentos",
  sectionAdvanced: "Configurações avançadas",
  grantAuthorizationCode: "Código de autorização",
  grantImplicit: "Implícito",
  grantRefreshToken: "Token de atualização",
  grantClientCredentials: "Credenciais do cliente",
  grantDeviceCode: "Código de dispositivo",
  responseCode: "Código de autorização",
  responseToken: "Token de acesso",
  responseIdToken: "Token de identidade",
  responseIdTokenToken: "Token de identidade e token de acesso",
  responseCodeIdToken: "Código de autorização e token de identidade",
  responseCodeToken: "Código de autorização e token de acesso",
  responseCodeIdTokenToken: "Código de autorização, token de identidade e token de acesso",
  responseNone: "Nenhum",
  authClientSecretBasic: "Segredo do cliente, HTTP Basic",
  authClientSecretPost: "Segredo do cliente no corpo da requisição",
  authClientSecretJwt: "JWT assinado com o segredo do cliente",
  authPrivateKeyJwt: "JWT assinado com uma chave privada",
  authNone: "Nenhuma (cliente público)",
  // Help, the redirect URI list, required fields.
  redirectUrisHelp:
    "URLs absolutas sem fragmento (#). Use https; http só é permitido para localhost e 127.0.0.1.",
  contactsHelp: "Endereços de e-mail, um por linha.",
  scopeHelp: "Valores de escopo separados por espaços.",
  redirectUriLabel: "URI de redirecionamento {index}",
  addRedirectUri: "Adicionar um URI de redirecionamento",
  removeRedirectUri: "Remover o URI de redirecionamento {index}",
  requiredMarker: "(obrigatório)",
  required: "O campo “{label}” é obrigatório.",

  // Checks before sending.
  redirectUriInvalid: "Informe uma URL absoluta, como https://app.example.com/callback.",
  redirectUriFragment: "Um URI de redirecionamento não pode conter fragmento (#…).",
  redirectUriInsecure: "Use https. O http simples só é permitido para localhost e 127.0.0.1.",
  redirectUriRequired:
    "Adicione pelo menos um URI de redirecionamento para esses tipos de concessão.",
  urlInvalid: "Informe uma URL absoluta http ou https.",
  scopeInvalid: "Separe os valores de escopo com um único espaço, sem aspas nem barras invertidas.",
  contactInvalid: "Informe endereços de e-mail, um por linha.",
  codeNeedsAuthorizationCode:
    "O tipo de resposta “code” exige o tipo de concessão “authorization_code”.",
  tokenNeedsImplicit:
    "Tipos de resposta com “token” ou “id_token” exigem o tipo de concessão “implicit”.",
  authorizationCodeNeedsCode:
    "O tipo de concessão “authorization_code” exige o tipo de resposta “code”.",
  implicitNeedsToken:
    "O tipo de concessão “implicit” exige um tipo de resposta com “token” ou “id_token”.",
  nameTooLong: "Use no máximo 200 caracteres.",
  jwksBoth: "Informe as chaves diretamente ou por URL, não das duas formas.",

  // Server errors.
  serverSaid: "{message} (Resposta do servidor: {detail})",
  invalid_redirect_uri: "O servidor não aceitou este URI de redirecionamento.",
  invalid_client_metadata: "O servidor não aceitou este valor.",
  invalid_software_statement: "A declaração de software (software statement) não é válida.",
  unapproved_software_statement:
    "A declaração de software (software statement) não foi aprovada por este servidor.",
  initialTokenInvalid:
    "O registro exige um token de acesso inicial válido. Peça um novo ao provedor da API.",
  managementUnauthorized:
    "Este registro não pode mais ser gerenciado: o token de acesso de registro não é mais válido ou o aplicativo foi excluído.",
  managementForbidden: "Você não tem permissão para gerenciar este registro.",
  rateLimited: "Muitas tentativas. Tente novamente em {duration}.",
  serverError: "Ocorreu um erro no servidor. Tente novamente em instantes.",
  networkUncertain:
    "A conexão caiu, então o aplicativo pode ou não ter sido registrado. Confira sua lista de aplicativos antes de tentar novamente.",
  networkNotSent:
    "O aplicativo não foi registrado: não foi possível acessar o servidor, então nada foi enviado. Verifique sua conexão e tente novamente.",
  networkBlocked:
    "O aplicativo não foi registrado: o servidor não aceita solicitações de registro desta página (as configurações de origem cruzada dele, CORS, recusaram a solicitação), então nada foi enviado. Avise o provedor da API.",
  networkFailed: "Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.",
  unexpectedResponse: "O servidor respondeu de um jeito que não entendemos.",

  // Discovery.
  discovering: "Procurando o endpoint de registro…",
  discoveryFailed:
    "Não encontramos onde registrar aplicativos: o servidor não publica nenhum endpoint de registro.",
  retry: "Tentar novamente",

  // Submit and result.
  submit: "Registrar aplicativo",
  submitting: "Registrando seu aplicativo…",
  registeredTitle: "Seu aplicativo está registrado",
  clientIdLabel: "ID do cliente",
  clientSecretLabel: "Segredo do cliente",
  secretOnceWarning:
    "Copie o segredo do cliente agora e guarde-o em um lugar seguro. Ele só é mostrado uma vez: você não poderá vê-lo de novo.",
  secretExpires: "O segredo expira em {date}.",
  secretNeverExpires: "O segredo não expira.",
  copy: "Copiar",
  copyLabel: "Copiar {label}",
  copied: "Copiado para a área de transferência.",
  copyFailed: "Não foi possível copiar. Selecione o texto e copie manualmente.",
  secretSaved: "Já salvei o segredo",
  registerAnother: "Registrar outro aplicativo",

  // Manager.
  loading: "Carregando o registro…",
  loadFailed: "Não foi possível carregar este registro.",
  managerTitle: "Configurações do aplicativo",
  save: "Salvar alterações",
  saving: "Salvando…",
  saved: "Alterações salvas.",
  secretRotated:
    "O servidor emitiu um novo segredo do cliente. O antigo não funciona mais. Copie o novo agora: ele só é mostrado uma vez.",
  deleteClient: "Excluir aplicativo",
  deleteConfirm:
    "Excluir “{name}”? Os apps que usam o ID do cliente dele vão parar de funcionar. Não é possível desfazer esta ação.",
  deleteConfirmButton: "Excluir definitivamente",
  cancel: "Cancelar",
  deleting: "Excluindo…",
  deleted: "O aplicativo foi excluído.",
};

export default ptBR;
