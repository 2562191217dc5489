/** The part of vue-i18n's `t` the pure formatters need, so they can be unit-tested without a component. */
export type Translate = (key: string, named?: Record<string, unknown>) => string
