import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the supervision board and the dashboard as users make it: N users, each signed in through the login form
 * with their own session, one of 30 accounts of every working role and level (office staff, leaders, liaisons of
 * departments and military units, station staff; province, prefecture, county, township and village). Each request is
 * drawn from that user's own space: a plan the user may see (or none), a section and a lead unit of it, a colour, a
 * level, a prefecture, each filter on or off, pages 1 to 10, the whole page or the htmx fragment, and the dashboard of
 * a plan as a page or as JSON. There is no think time. After a warm-up every response time is recorded; the run
 * prints p50/p95/p99 per request kind and overall, and counts any answer other than 200 as an error.
 *
 * Meanwhile one writer changes a task every second, as work goes: the 省委宣传部 liaison signs for and reports on its
 * tasks and submits those it leads, and the provincial office signs them off. Every write moves the version of its
 * task's plan and of where the task reaches (its regions and units), so the kept views and figures that may show it
 * are read again after it.
 *
 * With the platform's log, the run also prints how the caches answered during the measured window: the platform
 * logs its caches' running totals (started with -Dshuangyong.cache.report-every=PT2S) and the difference between
 * the last lines before the window's start and its end is the window's share, to within those two seconds.
 *
 * Ten of the accounts are the demo's; the other twenty (bench01 … bench20) are created here by the demo's system
 * administrator, in units drawn from the directory, and change their first password as the platform requires.
 *
 * Run: java -cp postgresql.jar bench/SupervisionLoad.java http://localhost:8094 20 30 120 \
 *        jdbc:postgresql://localhost:55494/shuangyong [platform.log]
 *      (base, users, warm-up s, measured s, database of the directory, log of the platform)
 *
 * With -Devents=FILE (the cluster drills, bench/drill-*.sh) the run also writes, with the time in milliseconds, each
 * failed request ({@code FAIL}, a sign-in page counts as {@code LOGIN}: a lost session), each request that went
 * well ({@code OK}), and each write the platform acknowledged ({@code ACK kind task token}, the token being in the
 * report's text), so that a drill can tell when failures stopped and check that every acknowledged write survived.
 * A dropped connection or a 5xx is then counted and the user goes on, instead of ending that user's run.
 */
public class SupervisionLoad {

	static final String DEMO_PASSWORD = "Demo@2020";

	static final String FIRST_PASSWORD = "Erste#2020x";

	static final String BENCH_PASSWORD = "Bench#2020y";

	/** The demo's working accounts: every role at the province, 楚雄 and 禄丰. */
	static final String[] DEMO = { "yunnan", "lingdao", "chuxiong", "lufeng", "xuanchuan", "tuiyi", "junqu", "junfenqu",
			"cxtuiyi", "zhan" };

	/** The twenty more: role, kind of unit and level (length of its region code), how many. */
	static final Object[][] MORE = { { "OFFICE_STAFF", "OFFICE", 4, 3 }, { "OFFICE_STAFF", "OFFICE", 6, 3 },
			{ "LEADER", "OFFICE", 4, 1 }, { "LEADER", "OFFICE", 6, 1 }, { "LIAISON", "DEPARTMENT", 2, 2 },
			{ "LIAISON", "DEPARTMENT", 4, 2 }, { "LIAISON", "DEPARTMENT", 6, 2 }, { "LIAISON", "MILITARY", 4, 1 },
			{ "LIAISON", "SERVICE_CENTRE", 6, 1 }, { "STATION_STAFF", "SERVICE_STATION", 9, 2 },
			{ "STATION_STAFF", "SERVICE_STATION", 12, 2 } };

	static final String[] COLOURS = { "GREEN", "YELLOW", "RED" };

	static final String[] LEVELS = { "PROVINCE", "PREFECTURE", "COUNTY" };

	static final Pattern CACHE_LINE = Pattern.compile("缓存 (\\S+)：命中 (\\d+)，重读 (\\d+)，不缓存 (\\d+)");

	record Account(String username, String password) {
	}

	/** The drills' record of what happened when (-Devents=FILE); nothing without it. */
	static final java.io.PrintWriter EVENTS = events();

	static java.io.PrintWriter events() {
		String file = System.getProperty("events");
		try {
			return file == null ? null
					: new java.io.PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8), true);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void event(String line) {
		if (EVENTS != null) {
			synchronized (EVENTS) {
				EVENTS.println(System.currentTimeMillis() + " " + line);
			}
		}
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8094";
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		long warmUp = (args.length > 2 ? Long.parseLong(args[2]) : 30) * 1000;
		long measured = (args.length > 3 ? Long.parseLong(args[3]) : 120) * 1000;
		String jdbc = args.length > 4 ? args[4] : "jdbc:postgresql://localhost:55494/shuangyong";
		Path log = args.length > 5 ? Path.of(args[5]) : null;

		List<Account> accounts = accounts(base, jdbc);
		System.out.printf("%d accounts ready%n", accounts.size());
		Map<String, List<Long>> times = new ConcurrentHashMap<>();
		List<String> errors = new CopyOnWriteArrayList<>();
		Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
		CountDownLatch ready = new CountDownLatch(users);
		CountDownLatch go = new CountDownLatch(1);
		long[] window = new long[2];
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			Account account = accounts.get(u % accounts.size());
			Random random = new Random(u);
			Thread thread = new Thread(() -> {
				boolean counted = false;
				try {
					HttpClient client = client();
					login(client, base, account);
					Choices choices = Choices.of(get(client, base + "/supervision/board", false).body());
					ready.countDown();
					counted = true;
					go.await();
					while (System.currentTimeMillis() < window[1]) {
						String[] request = choices.request(random);
						long start = System.nanoTime();
						HttpResponse<String> response;
						try {
							response = get(client, base + request[1], request[2] != null);
						}
						catch (java.io.IOException e) {
							if (EVENTS == null) {
								throw e;
							}
							errors.add(account.username() + " " + request[1] + " " + e);
							event("FAIL " + account.username() + " " + e.getClass().getSimpleName());
							Thread.sleep(200);
							continue;
						}
						long micros = (System.nanoTime() - start) / 1000;
						long now = System.currentTimeMillis();
						if (response.statusCode() != 200 || response.uri().getPath().equals("/login")) {
							errors.add(account.username() + " " + request[1] + " " + response.statusCode());
							event((response.uri().getPath().equals("/login") ? "LOGIN " : "FAIL ") + account.username() + " "
									+ response.statusCode());
							continue;
						}
						event("OK " + micros / 1000);
						choices.learn(request[1], response.body());
						if (now >= window[0] && now < window[1]) {
							times.computeIfAbsent(request[0], k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
							times.computeIfAbsent("(all)", k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
						}
					}
				}
				catch (Exception e) {
					errors.add(account.username() + ": " + e);
					if (!counted) {
						ready.countDown();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		Thread writer = new Thread(() -> {
			try {
				go.await();
				new Writer(base, writes).run(window);
			}
			catch (Exception e) {
				errors.add("writer: " + e);
			}
		});
		writer.start();
		threads.add(writer);
		ready.await();
		window[0] = System.currentTimeMillis() + warmUp;
		window[1] = window[0] + measured;
		go.countDown();
		Map<String, long[]> cacheAtStart = null;
		if (log != null) {
			Thread.sleep(Math.max(0, window[0] - System.currentTimeMillis()));
			cacheAtStart = cacheCounts(log);
		}
		for (Thread t : threads) {
			t.join();
		}
		Map<String, long[]> cacheAtEnd = log == null ? null : cacheCounts(log);

		System.out.printf("%d users of %d accounts, warm-up %d s, measured %d s%n", users, accounts.size(), warmUp / 1000,
				measured / 1000);
		System.out.printf("%-24s %8s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
		new TreeMap<>(times).forEach((name, list) -> {
			List<Long> sorted = new ArrayList<>(list);
			Collections.sort(sorted);
			System.out.printf("%-24s %8d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.size(), pct(sorted, 50), pct(sorted, 95),
					pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
		});
		System.out.printf("writes meanwhile (one a second): %s%n", new TreeMap<>(writes));
		if (cacheAtStart != null) {
			for (var end : new TreeMap<>(cacheAtEnd).entrySet()) {
				long[] start = cacheAtStart.getOrDefault(end.getKey(), new long[3]);
				long hits = end.getValue()[0] - start[0];
				long misses = end.getValue()[1] - start[1];
				long unkept = end.getValue()[2] - start[2];
				long all = hits + misses + unkept;
				System.out.printf("cache %-32s hit rate %5.1f%% (%d hits, %d read again, %d not kept)%n", end.getKey(),
						all == 0 ? 0.0 : 100.0 * hits / all, hits, misses, unkept);
			}
		}
		System.out.printf("throughput: %.1f requests/s; errors: %d%s%n",
				times.getOrDefault("(all)", List.of()).size() / (measured / 1000.0), errors.size(),
				errors.isEmpty() ? "" : " e.g. " + errors.subList(0, Math.min(5, errors.size())));
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
	}

	/** The last running totals each cache logged: hits, read again, not kept. */
	static Map<String, long[]> cacheCounts(Path log) throws Exception {
		Map<String, long[]> counts = new TreeMap<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher m = CACHE_LINE.matcher(line);
			if (m.find()) {
				counts.put(m.group(1), new long[] { Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
						Long.parseLong(m.group(4)) });
			}
		}
		return counts;
	}

	/** The demo's ten working accounts and twenty more, created once in units drawn from the directory. */
	static List<Account> accounts(String base, String jdbc) throws Exception {
		List<Account> accounts = new ArrayList<>();
		for (String demo : DEMO) {
			accounts.add(new Account(demo, DEMO_PASSWORD));
		}
		HttpClient admin = client();
		login(admin, base, new Account("admin", DEMO_PASSWORD));
		Random random = new Random(20200930);
		int n = 0;
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
			for (Object[] more : MORE) {
				List<String> units = new ArrayList<>();
				// names the whole directory holds once, so the account form finds the unit by its name
				try (var statement = db.prepareStatement("""
						select u.name from directory.unit u where u.kind = ? and length(u.region_code) = ?
						and (select count(*) from directory.unit o where o.name = u.name) = 1 order by u.region_code, u.id""")) {
					statement.setString(1, (String) more[1]);
					statement.setInt(2, (Integer) more[2]);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							units.add(rs.getString(1));
						}
					}
				}
				if (units.size() < (Integer) more[3]) {
					throw new IllegalStateException("目录中 " + more[1] + "（代码 " + more[2] + " 位）的单位不够");
				}
				Collections.shuffle(units, random);
				for (int i = 0; i < (Integer) more[3]; i++) {
					String username = String.format("bench%02d", ++n);
					create(admin, base, username, units.get(i), (String) more[0], n);
					accounts.add(new Account(username, BENCH_PASSWORD));
				}
			}
		}
		return accounts;
	}

	/** Creates the account unless it is there from an earlier run, then signs in once to set its own password. */
	static void create(HttpClient admin, String base, String username, String unit, String role, int n) throws Exception {
		String form = get(admin, base + "/accounts/new", false).body();
		String body = form(Map.of("username", username, "displayName", "压测用户" + n, "unitName", unit, "role", role,
				"phone", String.format("1390000%04d", n), "email", "", "password", FIRST_PASSWORD, "_csrf", csrf(form)));
		HttpResponse<String> created = admin.send(HttpRequest.newBuilder(URI.create(base + "/accounts"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (!created.uri().getPath().matches("/accounts/\\d+")) {
			if (created.body().contains("已被使用")) {
				return; // made by an earlier run, its password already changed
			}
			throw new IllegalStateException("新建账号 " + username + "（" + unit + "）失败：" + created.statusCode());
		}
		HttpClient client = client();
		login(client, base, new Account(username, FIRST_PASSWORD));
		String page = get(client, base + "/account/password", false).body();
		HttpResponse<String> changed = client.send(HttpRequest.newBuilder(URI.create(base + "/account/password"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("current", FIRST_PASSWORD, "password", BENCH_PASSWORD,
					"confirm", BENCH_PASSWORD, "_csrf", csrf(page)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (changed.statusCode() != 200 || !changed.body().contains("id=\"notice\"")) {
			throw new IllegalStateException(username + " 修改初始密码失败：" + changed.statusCode());
		}
	}

	/** What one user may choose on the board, learnt from the pages they are shown. */
	static final class Choices {

		final List<String> plans;

		final List<String> units;

		final List<String> prefectures;

		final Map<String, List<String>> sectionsOfPlan = new ConcurrentHashMap<>();

		final Map<String, List<String>> unitsOfPlan = new ConcurrentHashMap<>();

		Choices(List<String> plans, List<String> units, List<String> prefectures) {
			this.plans = plans;
			this.units = units;
			this.prefectures = prefectures;
		}

		static Choices of(String board) {
			return new Choices(options(board, "f-plan"), options(board, "f-unit"), options(board, "f-prefecture"));
		}

		/** Kind, address and whether it goes as htmx, each filter on or off at random. */
		String[] request(Random random) {
			String plan = !plans.isEmpty() && random.nextInt(10) < 6 ? plans.get(random.nextInt(plans.size())) : null;
			int kind = random.nextInt(100);
			if (kind >= 70) {
				String query = plan == null || random.nextInt(10) < 2 ? "" : "?plan=" + plan;
				return kind >= 85 ? new String[] { "dashboard json", "/api/v1/dashboard/supervision" + query, null }
						: new String[] { "dashboard page", "/dashboard" + query, null };
			}
			// the first request with a plan is a whole page, whose section and unit lists the later ones use
			boolean known = plan == null || sectionsOfPlan.containsKey(plan);
			boolean htmx = known && kind < 30;
			StringBuilder query = new StringBuilder("page=").append(1 + random.nextInt(10));
			if (plan != null) {
				query.append("&plan=").append(plan);
				List<String> sections = sectionsOfPlan.getOrDefault(plan, List.of());
				if (!sections.isEmpty() && random.nextInt(10) < 3) {
					query.append("&section=").append(encode(sections.get(random.nextInt(sections.size()))));
				}
			}
			List<String> leads = plan == null ? units : unitsOfPlan.getOrDefault(plan, List.of());
			if (!leads.isEmpty() && random.nextInt(4) == 0) {
				query.append("&unit=").append(leads.get(random.nextInt(leads.size())));
			}
			if (random.nextBoolean()) {
				query.append("&colour=").append(COLOURS[random.nextInt(COLOURS.length)]);
			}
			if (random.nextInt(10) < 3) {
				query.append("&level=").append(LEVELS[random.nextInt(LEVELS.length)]);
			}
			if (!prefectures.isEmpty() && random.nextInt(10) < 4) {
				query.append("&prefecture=").append(prefectures.get(random.nextInt(prefectures.size())));
			}
			return new String[] { htmx ? "board (htmx)" : "board page", "/supervision/board?" + query, htmx ? "htmx" : null };
		}

		void learn(String address, String body) {
			Matcher plan = Pattern.compile("^/supervision/board\\?.*plan=(\\d+)").matcher(address);
			if (plan.find() && !sectionsOfPlan.containsKey(plan.group(1)) && body.contains("id=\"f-section\"")) {
				unitsOfPlan.put(plan.group(1), options(body, "f-unit"));
				sectionsOfPlan.put(plan.group(1), options(body, "f-section"));
			}
		}

		/** The non-empty option values of the select with this id. */
		static List<String> options(String page, String id) {
			int start = page.indexOf("id=\"" + id + "\"");
			if (start < 0) {
				return List.of();
			}
			int end = page.indexOf("</select>", start);
			List<String> values = new ArrayList<>();
			Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]+)\"").matcher(page.substring(start, end));
			while (option.find()) {
				values.add(option.group(1).replace("&amp;", "&"));
			}
			return values;
		}
	}

	/**
	 * One change a second: the 省委宣传部 liaison signs for, reports on and submits its tasks, and the provincial
	 * office signs off what was submitted.
	 */
	static final class Writer {

		final String base;

		final Map<String, AtomicInteger> writes;

		final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		final String liaison = basic("xuanchuan");

		final String office = basic("yunnan");

		Writer(String base, Map<String, AtomicInteger> writes) {
			this.base = base;
			this.writes = writes;
		}

		void run(long[] window) throws Exception {
			String visible = call(liaison, "GET", "/api/v1/tasks?size=500", null).body();
			Matcher unit = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"中共云南省委宣传部\"\\}").matcher(visible);
			if (!unit.find()) {
				throw new IllegalStateException("任务中没有中共云南省委宣传部");
			}
			String own = "{\"id\":" + unit.group(1) + ",";
			Map<String, String> state = new LinkedHashMap<>();
			Map<String, Boolean> leads = new LinkedHashMap<>();
			Matcher task = Pattern.compile("\\{\"id\":(\\d+),\"planId\".*?\"leadUnits\":\\[(\\{[^\\]]*)\\].*?\"state\":\"(\\w+)\"")
				.matcher(call(liaison, "GET", "/api/v1/tasks?size=500&unit=" + unit.group(1), null).body());
			while (task.find()) {
				boolean lead = task.group(2).startsWith(own);
				// only the lead signs for a task; a cooperating unit reports once the lead has
				if (lead || !task.group(3).equals("ASSIGNED")) {
					state.put(task.group(1), task.group(3));
					leads.put(task.group(1), lead);
				}
			}
			Map<String, Integer> reported = new ConcurrentHashMap<>();
			List<String> submitted = new ArrayList<>();
			for (long tick = System.currentTimeMillis(); tick < window[1]; tick += 1000) {
				Thread.sleep(Math.max(0, tick - System.currentTimeMillis()));
				try {
					step(state, leads, reported, submitted);
				}
				catch (Unavailable e) {
					// the platform or its database did not answer: nothing is known to be written, the task is kept
					writes.computeIfAbsent("unavailable", k -> new AtomicInteger()).incrementAndGet();
					event("FAIL writer " + e.getMessage());
				}
			}
		}

		void step(Map<String, String> state, Map<String, Boolean> leads, Map<String, Integer> reported,
				List<String> submitted) throws Exception {
			if (!submitted.isEmpty()) {
				String id = submitted.get(0);
				write("sign-off", office, "/api/v1/tasks/" + id + "/sign-off", null);
				submitted.remove(0);
				state.put(id, "SIGNED_OFF");
				return;
			}
			String id = state.entrySet().stream().filter(e -> !e.getValue().equals("SIGNED_OFF"))
				.filter(e -> !e.getValue().equals("REFUSED"))
				.filter(e -> !e.getValue().equals("SUBMITTED") || !leads.get(e.getKey()))
				.min((a, b) -> reported.getOrDefault(a.getKey(), 0) - reported.getOrDefault(b.getKey(), 0))
				.map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException("省委宣传部已没有可办理的任务"));
			switch (state.get(id)) {
				case "ASSIGNED" -> state.put(id,
						write("sign-for", liaison, "/api/v1/tasks/" + id + "/sign-for", null) ? "SIGNED_FOR" : "REFUSED");
				case "IN_PROGRESS", "RETURNED" -> {
					if (leads.get(id) && reported.getOrDefault(id, 0) >= 2) {
						if (write("submit", liaison, "/api/v1/tasks/" + id + "/submit", null)) {
							state.put(id, "SUBMITTED");
							submitted.add(id);
						}
						else {
							state.put(id, "REFUSED");
						}
					}
					else {
						report(id, state, reported);
					}
				}
				default -> report(id, state, reported);
			}
		}

		void report(String id, Map<String, String> state, Map<String, Integer> reported) throws Exception {
			int n = reported.merge(id, 1, Integer::sum);
			String token = "r" + RUN + "-" + SEQUENCE.incrementAndGet();
			if (!write("report", liaison, "/api/v1/tasks/" + id + "/reports",
					"{\"text\":\"压力测试进展报告 " + n + " " + token + "\"}", token)) {
				state.put(id, "REFUSED");
			}
			else if (!state.get(id).equals("SUBMITTED")) {
				state.put(id, "IN_PROGRESS");
			}
		}

		/**
		 * Whether the write was taken; a refusal is counted under its status and the task left alone after it. Like any
		 * client, the writer reads the task first and names the version it read ({@code If-Match}).
		 */
		boolean write(String kind, String as, String path, String json) throws Exception {
			return write(kind, as, path, json, "-");
		}

		boolean write(String kind, String as, String path, String json, String token) throws Exception {
			String task = path.substring(0, path.lastIndexOf('/'));
			HttpResponse<String> read = available(() -> call(as, "GET", task, null, null));
			Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(read.body());
			HttpResponse<String> response = available(() -> call(as, "POST", path, json == null ? "" : json,
					version.find() ? "\"" + version.group(1) + "\"" : null));
			boolean taken = response.statusCode() / 100 == 2;
			if (taken) {
				event("ACK " + kind + " " + task.substring(task.lastIndexOf('/') + 1) + " " + token);
			}
			writes.computeIfAbsent(taken ? kind : kind + " refused " + response.statusCode(), k -> new AtomicInteger())
				.incrementAndGet();
			return taken;
		}

		/** The answer, unless the platform or its database did not give one (only when the drills ask). */
		HttpResponse<String> available(java.util.concurrent.Callable<HttpResponse<String>> call) throws Exception {
			HttpResponse<String> response;
			try {
				response = call.call();
			}
			catch (java.io.IOException e) {
				if (EVENTS == null) {
					throw e;
				}
				throw new Unavailable(e.toString());
			}
			if (EVENTS != null && response.statusCode() >= 500) {
				throw new Unavailable(String.valueOf(response.statusCode()));
			}
			return response;
		}

		HttpResponse<String> call(String as, String method, String path, String json) throws Exception {
			return call(as, method, path, json, null);
		}

		HttpResponse<String> call(String as, String method, String path, String json, String ifMatch)
				throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", as);
			if (ifMatch != null) {
				request.header("If-Match", ifMatch);
			}
			if (json != null) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json));
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		static String basic(String username) {
			return "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Tells the acknowledged writes of this run from an earlier one's. */
	static final long RUN = System.currentTimeMillis() / 1000;

	static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

	static final class Unavailable extends Exception {

		Unavailable(String message) {
			super(message);
		}
	}

	static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10)).build();
	}

	static HttpResponse<String> get(HttpClient client, String address, boolean htmx) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("页面没有 CSRF 令牌");
		}
		return csrf.group(1);
	}

	static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(encode(v)));
		return body.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static void login(HttpClient client, String base, Account account) throws Exception {
		String page = get(client, base + "/login", false).body();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", account.username(), "password",
					account.password(), "_csrf", csrf(page)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException(account.username() + " 登录失败：" + response.uri());
		}
	}
}
