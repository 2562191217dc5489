import { useI18n } from 'vue-i18n'

/** A webhook event's name in the UI language; unknown events show their code. */
export function useEventLabel() {
  const { t, te } = useI18n()
  return (event: string) => {
    const key = `webhook.event.${event.replace(/\./g, '_')}`
    return te(key) ? t(key) : event
  }
}
