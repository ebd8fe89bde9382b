package cn.shuangyong.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PostgreSQL 15, run as the unprivileged user {@code postgres} through {@code runuser}, for machines where
 * zonky's binaries cannot start as root.
 */
record DebianServer(Path clusterDir, int port) implements EmbeddedPostgresServer {

	private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	static boolean available() {
		return Files.isExecutable(BIN.resolve("pg_ctl")) && Files.isExecutable(Path.of("/usr/sbin/runuser"))
				&& "root".equals(System.getProperty("user.name"));
	}

	static DebianServer start(Path clusterDir, int requestedPort) throws IOException {
		int port = requestedPort > 0 ? requestedPort : freePort();
		Files.createDirectories(clusterDir);
		run(List.of("chown", "-R", "postgres:postgres", clusterDir.toString()));
		if (!Files.exists(clusterDir.resolve("PG_VERSION"))) {
			run(asPostgres("initdb", "-D", clusterDir.toString(), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
					"--auth=trust"));
		}
		run(asPostgres("pg_ctl", "-D", clusterDir.toString(), "-w", "-t", "60", "-l",
				clusterDir.resolve("server.log").toString(), "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + clusterDir
						+ " -c synchronous_commit=on -c fsync=on",
				"start"));
		return new DebianServer(clusterDir, port);
	}

	@Override
	public void close() {
		try {
			run(asPostgres("pg_ctl", "-D", clusterDir.toString(), "-w", "-m", "fast", "stop"));
		}
		catch (IOException e) {
			log.warn("停止数据库失败", e);
		}
	}

	private static List<String> asPostgres(String command, String... args) {
		var line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", BIN.resolve(command).toString()));
		line.addAll(List.of(args));
		return line;
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " 失败: " + output);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("等待数据库命令时被中断", e);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
