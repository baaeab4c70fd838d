// A TCP relay between an app instance and PostgreSQL that the tests can cut, to play a
// database that goes away and comes back without touching the real server.
//   PROXY_PORT   where the app connects
//   PROXY_TARGET host:port of PostgreSQL
//   CONTROL_PORT HTTP: POST /down (drop every connection, refuse new ones), POST /up, GET /state
import { createServer as createHttpServer } from "node:http";
import { createConnection, createServer, type Socket } from "node:net";

const listenPort = Number(process.env.PROXY_PORT);
const controlPort = Number(process.env.CONTROL_PORT);
const [targetHost, targetPort] = (process.env.PROXY_TARGET ?? "").split(":");
if (!listenPort || !controlPort || !targetHost || !targetPort) {
  console.error("usage: PROXY_PORT=… PROXY_TARGET=host:port CONTROL_PORT=… tsx e2e/db-proxy.ts");
  process.exit(2);
}

let up = true;
const open = new Set<Socket>();

function track(socket: Socket) {
  open.add(socket);
  socket.on("close", () => open.delete(socket));
  socket.on("error", () => socket.destroy());
}

createServer((client) => {
  track(client);
  if (!up) return client.destroy();
  const server = createConnection({ host: targetHost, port: Number(targetPort) });
  track(server);
  client.pipe(server).pipe(client);
  client.on("close", () => server.destroy());
  server.on("close", () => client.destroy());
}).listen(listenPort, "127.0.0.1");

createHttpServer((req, res) => {
  if (req.method === "POST" && req.url === "/down") {
    up = false;
    for (const socket of open) socket.destroy();
  } else if (req.method === "POST" && req.url === "/up") {
    up = true;
  } else if (!(req.method === "GET" && req.url === "/state")) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ up, connections: open.size }));
}).listen(controlPort, "127.0.0.1");
