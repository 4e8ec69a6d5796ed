import { KubeConfig } from "@kubernetes/client-node";

/** A KubeConfig whose cluster is a local HTTP counterpart, no credentials. */
export function localKubeConfig(server: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: "local", server, skipTLSVerify: true }],
    users: [{ name: "test" }],
    contexts: [{ name: "local", cluster: "local", user: "test" }],
    currentContext: "local",
  });
  return kubeConfig;
}
