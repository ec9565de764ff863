import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { Channel } from "@/lib/server/remote-review-store";

/**
 * Both ends of an in-process MessageChannel as review-store channels. Messages are structured
 * clones, as on the server's IPC channel (cluster `serialization: "advanced"`). Close it after use.
 */
export function messageChannel(): { a: Channel; b: Channel; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const end = (port: MessagePort): Channel => ({
    send: (m) => port.postMessage(m),
    onMessage: (listener) => void port.on("message", listener),
    onClose: (listener) => void port.on("close", listener),
  });
  return {
    a: end(port1),
    b: end(port2),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
