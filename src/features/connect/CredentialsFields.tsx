import { PasswordInput, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Credentials } from '../../api/client';

type Method = Credentials['method'];

/** The sign-in inputs shared by the connect screen and the sign-in-again dialog. */
export function useCredentialsFields(initialEmail = '', initialMethod: Method = 'token') {
  const [method, setMethod] = useState<Method>(initialMethod);
  const [token, setToken] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const credentials: Credentials = method === 'token' ? { method, token } : { method, email, password };

  const fields = (
    <>
      <SegmentedControl
        value={method}
        onChange={(value) => setMethod(value as Method)}
        data={[
          { value: 'token', label: 'Sign in with a token' },
          { value: 'password', label: 'Sign in with email' },
        ]}
        aria-label="Sign-in method"
      />
      {method === 'token' ? (
        <PasswordInput
          label="Static token"
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          required
        />
      ) : (
        <>
          <TextInput
            label="Email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <PasswordInput
            label="Password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
        </>
      )}
    </>
  );
  return { credentials, fields };
}
