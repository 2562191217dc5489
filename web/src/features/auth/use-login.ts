// The login form's state and submission, shared by the desktop (Element Plus) and phone pages.
import { reactive, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { LAST_TENANT_KEY, useSessionStore } from './session-store'

export type LoginField = 'tenant' | 'username' | 'password'
export const LOGIN_FIELDS: readonly LoginField[] = ['tenant', 'username', 'password']

export function useLogin() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()

  const form = reactive<Record<LoginField, string>>({
    tenant: localStorage.getItem(LAST_TENANT_KEY) || 'demo',
    username: '',
    password: '',
  })
  const submitting = ref(false)
  const serverError = ref('')

  /** The "X is required" message of a field. */
  function requiredMessage(field: LoginField): string {
    return t('validation.required', { field: t(`login.${field}`) })
  }

  /** Signs in with the (validated) form and goes where the user was headed. */
  async function signIn(): Promise<void> {
    submitting.value = true
    try {
      await session.login({ tenant: form.tenant.trim(), username: form.username.trim(), password: form.password })
      localStorage.setItem(LAST_TENANT_KEY, form.tenant.trim())
      const redirect = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/') ? route.query.redirect : '/'
      await router.replace(redirect)
    } catch (error) {
      serverError.value = error instanceof ApiError ? error.message : t('login.failed')
    } finally {
      submitting.value = false
    }
  }

  return { t, form, submitting, serverError, requiredMessage, signIn }
}
