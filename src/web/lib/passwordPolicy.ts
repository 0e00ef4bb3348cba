// The password policy, checked client-side as well (the server has the final word).

export const PASSWORD_POLICY_TEXT = "至少 8 个字符，且包含大写字母、小写字母、数字、符号中的至少三类";

const CHARACTER_CLASSES: RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Returns a Chinese message describing what is missing, or null when the password is acceptable. */
export function passwordPolicyProblem(password: string, username?: string): string | null {
  if (password.length < 8) return "密码至少需要 8 个字符";
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名";
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 3) return "密码需包含大写字母、小写字母、数字、符号中的至少三类";
  return null;
}

/** An antd Form rule validating the policy; `username` may be a fixed name or read from the form. */
export function passwordPolicyRule(username?: string | (() => string | undefined)) {
  return {
    validator: async (_rule: unknown, value: string | undefined) => {
      if (!value) return;
      const problem = passwordPolicyProblem(value, typeof username === "function" ? username() : username);
      if (problem) throw new Error(problem);
    },
  };
}
