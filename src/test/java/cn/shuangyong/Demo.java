package cn.shuangyong;

import java.util.concurrent.atomic.AtomicInteger;

import cn.shuangyong.accounts.AccountAdministration;
import cn.shuangyong.accounts.CreateAccount;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.accounts.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo accounts and reference units as tests meet them: who is signed in, which unit a catalogue key names, and
 * throwaway accounts for tests that lock, disable or re-role someone without disturbing the demo accounts.
 */
public class Demo {

	/** The password of every demo account. */
	public static final String PASSWORD = "Demo@2020";

	/** The password of the throwaway accounts; it passes the policy for any generated name. */
	public static final String NEW_PASSWORD = "Xk7#mPq2wz";

	public static final String PROVINCE_OFFICE = "yn-office";

	public static final String CHUXIONG_OFFICE = "office:5323";

	public static final String CHUXIONG_CITY_OFFICE = "office:532301";

	public static final String LUFENG_OFFICE = "office:532302";

	/** 金山镇退役军人服务站, a township of 禄丰. */
	public static final String LUFENG_TOWNSHIP_STATION = "station:532302101";

	/** 董户村社区退役军人服务站, the village station of the demo account {@code zhan}. */
	public static final String LUFENG_VILLAGE_STATION = "station:532302101001";

	public static final String KUNMING_OFFICE = "office:5301";

	/** 五华区双拥办, a county of 昆明. */
	public static final String WUHUA_OFFICE = "office:530102";

	public static final String CHUXIONG_MILITARY = "military:5323";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final AccountAdministration administration;

	Demo(UserDetailsService users, JdbcClient jdbc, AccountAdministration administration) {
		this.users = users;
		this.jdbc = jdbc;
		this.administration = administration;
	}

	/** A request made by this account, signed in (without going through the login form). */
	public RequestPostProcessor as(String username) {
		SignedInUser user = signedIn(username);
		return user(user);
	}

	public SignedInUser signedIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
		user.eraseCredentials();
		return user;
	}

	public long accountId(String username) {
		return jdbc.sql("select id from accounts.account where username_key = lower(:name)").param("name", username)
			.query(Long.class).single();
	}

	/** The id of a unit of the reference catalogue, e.g. {@link #LUFENG_OFFICE}. */
	public long unitId(String catalogueKey) {
		return jdbc.sql("select id from directory.unit where catalogue_key = :key").param("key", catalogueKey)
			.query(Long.class).single();
	}

	public String unitName(String catalogueKey) {
		return jdbc.sql("select name from directory.unit where catalogue_key = :key").param("key", catalogueKey)
			.query(String.class).single();
	}

	/**
	 * A new account of its own, made by the security administrator, with the password {@link #NEW_PASSWORD}; returns
	 * its name.
	 */
	public String newAccount(Role role, String unitKey) {
		return newAccount(role, unitKey, null);
	}

	public String newAccount(Role role, String unitKey, String phone) {
		String username = "t" + role.name().toLowerCase().replace("_", "") + sequence.incrementAndGet();
		administration.create(new CreateAccount(username, "测试" + sequence.get(), unitId(unitKey), role, phone, null,
				NEW_PASSWORD), signedIn("secadmin"));
		return username;
	}
}
