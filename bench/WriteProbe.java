import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A database writer for the failover drill (bench/drill-db-failover.sh), beside the supervision load's writer, whose
 * one write at a time through the platform cannot time an outage finer than its slowest request: every 100 ms it
 * inserts a row through the same multi-host URL the application nodes use (targetServerType=primary), on a fresh
 * connection after any error, and writes down each id the database acknowledged (the commit returned), with the time.
 * At the end it reads back every acknowledged id from whichever node is primary then and prints those missing, and the
 * longest time between two acknowledged writes.
 *
 * Run: java -cp postgresql.jar bench/WriteProbe.java JDBC_URL SECONDS ACKED_FILE
 */
public class WriteProbe {

	public static void main(String[] args) throws Exception {
		String url = args[0] + "&connectTimeout=5&socketTimeout=10&loginTimeout=20";
		long end = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
		Path acked = Path.of(args[2]);
		List<long[]> acks = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			c.createStatement().execute("create table if not exists drill_probe (id bigserial primary key, at timestamptz not null default now())");
		}
		Connection connection = null;
		int failures = 0;
		while (System.currentTimeMillis() < end) {
			try {
				if (connection == null) {
					connection = DriverManager.getConnection(url, "postgres", "");
				}
				try (PreparedStatement insert = connection.prepareStatement("insert into drill_probe default values returning id");
						ResultSet rs = insert.executeQuery()) {
					rs.next();
					acks.add(new long[] { System.currentTimeMillis(), rs.getLong(1) });
				}
			}
			catch (Exception e) {
				failures++;
				try {
					if (connection != null) {
						connection.close();
					}
				}
				catch (Exception ignored) {
				}
				connection = null;
			}
			Thread.sleep(100);
		}
		StringBuilder lines = new StringBuilder();
		long gap = 0, gapFrom = 0;
		for (int i = 0; i < acks.size(); i++) {
			lines.append(acks.get(i)[0]).append(' ').append(acks.get(i)[1]).append('\n');
			if (i > 0 && acks.get(i)[0] - acks.get(i - 1)[0] > gap) {
				gap = acks.get(i)[0] - acks.get(i - 1)[0];
				gapFrom = acks.get(i - 1)[0];
			}
		}
		Files.writeString(acked, lines);
		int missing = 0;
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			try (PreparedStatement find = c.prepareStatement("select count(*) from drill_probe where id = ?")) {
				for (long[] ack : acks) {
					find.setLong(1, ack[1]);
					try (ResultSet rs = find.executeQuery()) {
						rs.next();
						if (rs.getLong(1) != 1) {
							missing++;
							System.out.println("probe: acknowledged id " + ack[1] + " is missing");
						}
					}
				}
			}
		}
		System.out.printf("probe: %d writes acknowledged, %d attempts failed; longest time without a write %.1f s (from %d); acknowledged ids missing afterwards: %d%n",
				acks.size(), failures, gap / 1000.0, gapFrom, missing);
	}
}
