// Log in with a user name and password (see `lagom user add`); keeps the 12-hour token.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, setToken } from '../api.js';

export function Login() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const session = await api.post('/login', { username, password });
      setToken(session.token);
    } catch (e) {
      setError(e.status === 401 ? 'Wrong user name or password.' : e.message);
    } finally {
      setBusy(false);
    }
  }

  return html`
    <div class="login">
      <form class="card login-card" onSubmit=${submit}>
        <h1>Lagom</h1>
        <p class="muted">Inventory planning — just the right amount.</p>
        <label>User name
          <input name="username" autocomplete="username" value=${username} required
                 onInput=${(e) => setUsername(e.target.value)} />
        </label>
        <label>Password
          <input name="password" type="password" autocomplete="current-password" value=${password}
                 required onInput=${(e) => setPassword(e.target.value)} />
        </label>
        ${error && html`<p class="error" role="alert">${error}</p>`}
        <button type="submit" class="primary" disabled=${busy}>${busy ? 'Logging in…' : 'Log in'}</button>
      </form>
    </div>
  `;
}
