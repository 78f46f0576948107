/**
 * Values that look like credentials. A recipe's `env:` is written into recipe.lock.yml and archived
 * with the build, so a secret there is stored for good: such values are refused, and secrets are
 * named in `env_from_secrets:` instead, read from the environment when the build runs.
 */
const TOKEN_SHAPES: [RegExp, string][] = [
  [/^gh[pousr]_[A-Za-z0-9]{30,}$/, "a GitHub token"],
  [/^github_pat_[A-Za-z0-9_]{30,}$/, "a GitHub token"],
  [/^(?:AKIA|ASIA)[0-9A-Z]{16}$/, "an AWS access key id"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/^xox[abposr]-[A-Za-z0-9-]{10,}$/, "a Slack token"],
  [/^sk-[A-Za-z0-9_-]{20,}$/, "an API secret key"],
  [/^eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$/, "a JSON web token"],
  [/:\/\/[^/\s:@]+:[^/\s@]+@/, "a URL with a password"],
];

/** What kind of secret `value` looks like, or undefined. */
export function secretShape(value: string): string | undefined {
  return TOKEN_SHAPES.find(([pattern]) => pattern.test(value.trim()))?.[1];
}

const SECRET_NAME = /(?:SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_?KEY|ACCESS_KEY|CREDENTIAL)/i;

/** A name that usually holds a secret (`DB_PASSWORD`, `API_KEY`), given a literal value. */
export function looksLikeSecretName(name: string, value: string): boolean {
  return SECRET_NAME.test(name) && value.trim() !== "";
}

export function secretValueMessage(name: string, shape: string): string {
  return `the value of ${name} looks like ${shape}: env: values are written to recipe.lock.yml and archived with every build; list ${name} under env_from_secrets: instead and set it from a secret`;
}
