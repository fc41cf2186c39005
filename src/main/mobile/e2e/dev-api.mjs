// The dev API the arrange scripts talk to (`./mvnw quarkus:dev`, API=… to point elsewhere), and one
// call to it: JSON in and out, a fresh Idempotency-Key from `key` when given, and a failure that
// says what the API answered.
export const API = process.env.API ?? 'http://127.0.0.1:8080'
export const STATION = Number(process.env.STATION_ID ?? 2)

export async function api(method, path, token, body, key) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (key) headers['Idempotency-Key'] = `${key}-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`)
  return text ? JSON.parse(text) : null
}
