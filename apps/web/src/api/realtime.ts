import { useEffect, useRef, useState } from 'react';

/**
 * Live events from the server's WebSocket (`/api/realtime`, platform/realtime.ts): subscribe to a topic
 * such as `case:<id>` and receive `{type:'event', topic, event, data}` — first a `snapshot`, then one
 * message per change (coalesced by the server). The socket reconnects with backoff; `connected` says
 * whether the subscription stands, so that callers poll while it does not.
 */
export interface LiveEvent {
  topic: string;
  event: string;
  data: unknown;
}

const FIRST_RETRY_MS = 1_000;
/** The close code of a socket whose session ended (server: platform/realtime.ts). */
const SESSION_ENDED_CLOSE = 4401;
const MAX_RETRY_MS = 15_000;

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/realtime`;
}

function parse(raw: unknown): { type?: string; topic?: string; event?: string; data?: unknown } | null {
  if (typeof raw !== 'string') return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

/** Follows one topic while mounted; returns whether the subscription is live. */
export function useLiveTopic(topic: string | null, onEvent: (event: LiveEvent) => void): boolean {
  const [connected, setConnected] = useState(false);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (!topic) return;
    let socket: WebSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    let stopped = false;

    const open = () => {
      socket = new WebSocket(socketUrl());
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'subscribe', topic }));
      socket.onmessage = (message) => {
        const value = parse(message.data);
        if (!value || value.topic !== topic) return;
        if (value.type === 'subscribed') {
          delay = FIRST_RETRY_MS;
          setConnected(true);
        } else if (value.type === 'event' && typeof value.event === 'string') {
          handler.current({ topic, event: value.event, data: value.data });
        } else if (value.type === 'error') {
          // Not allowed or unknown: polling carries on; trying again would be refused the same way.
          stopped = true;
          socket?.close();
        }
      };
      socket.onclose = (event) => {
        setConnected(false);
        // The session ended (signed out, expired, revoked): the next request signs the user out.
        if (stopped || event.code === SESSION_ENDED_CLOSE) return;
        retry = setTimeout(open, delay);
        delay = Math.min(MAX_RETRY_MS, delay * 2);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
      setConnected(false);
    };
  }, [topic]);

  return connected;
}
