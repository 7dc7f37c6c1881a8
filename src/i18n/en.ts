import { verifyEn } from "../verify/messages";
import { base } from "./base";
import type { Messages } from "./types";

/** The complete English catalogue. The form itself bundles only ./base; the rest loads with the parts that show it. */
export const en: Messages = { ...base, ...verifyEn };
