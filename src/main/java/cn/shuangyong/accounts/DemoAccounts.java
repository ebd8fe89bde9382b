package cn.shuangyong.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, created in demo mode only, all with the password {@value #PASSWORD}. The login page lists them
 * in demo mode.
 */
@Component
class DemoAccounts implements DemoSeeder {

	static final String PASSWORD = "Demo@2020";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountStore accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DemoAccounts(AccountStore accounts, Directory directory, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The demo accounts with who they are, for the login page. */
	static List<DemoAccount> list() {
		return List.of(new DemoAccount("admin", "系统管理员", Role.SYSTEM_ADMIN),
				new DemoAccount("secadmin", "安全管理员", Role.SECURITY_ADMIN),
				new DemoAccount("auditor", "审计管理员", Role.AUDIT_ADMIN),
				new DemoAccount("yunnan", "省双拥办工作人员", Role.OFFICE_STAFF),
				new DemoAccount("chuxiong", "楚雄州双拥办工作人员", Role.OFFICE_STAFF),
				new DemoAccount("lufeng", "禄丰市双拥办工作人员", Role.OFFICE_STAFF),
				new DemoAccount("lufengadmin", "禄丰市系统管理员（管理本县乡村账号）", Role.SYSTEM_ADMIN),
				new DemoAccount("xuanchuan", "省委宣传部联络员", Role.LIAISON),
				new DemoAccount("tuiyi", "省退役军人事务厅联络员", Role.LIAISON),
				new DemoAccount("junqu", "省军区政治工作局联络员", Role.LIAISON),
				new DemoAccount("junfenqu", "楚雄军分区联络员", Role.LIAISON),
				new DemoAccount("cxtuiyi", "楚雄州退役军人事务局联络员", Role.LIAISON),
				new DemoAccount("cxjiaoyu", "楚雄州教育体育局联络员", Role.LIAISON),
				new DemoAccount("cxsjiaoyu", "楚雄市教育体育局联络员", Role.LIAISON),
				new DemoAccount("cxrenshe", "楚雄州人社局联络员", Role.LIAISON),
				new DemoAccount("cxweijian", "楚雄州卫健委联络员", Role.LIAISON),
				new DemoAccount("cxjiaotong", "楚雄州交通运输局联络员", Role.LIAISON),
				new DemoAccount("cxxinfang", "楚雄州信访局联络员", Role.LIAISON),
				new DemoAccount("cxjungong", "楚雄州军供站工作人员", Role.LIAISON),
				new DemoAccount("zhan", "禄丰市村级退役军人服务站工作人员", Role.STATION_STAFF),
				new DemoAccount("lingdao", "省级领导（只读）", Role.LEADER));
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	@Transactional
	public void seed() {
		Region lufeng = directory.regionsNamed("禄丰市").stream().findFirst()
			.or(() -> directory.regionsNamed("禄丰县").stream().findFirst())
			.orElseThrow(() -> new IllegalStateException("目录中缺少禄丰"));
		Unit province = unit("yn-office");
		create("admin", "张管理", province, Role.SYSTEM_ADMIN);
		create("secadmin", "李安全", province, Role.SECURITY_ADMIN);
		create("auditor", "王审计", province, Role.AUDIT_ADMIN);
		create("yunnan", "赵云南", province, Role.OFFICE_STAFF);
		create("chuxiong", "杨楚雄", unit("office:5323"), Role.OFFICE_STAFF);
		create("lufeng", "陈禄丰", unit("office:" + lufeng.code()), Role.OFFICE_STAFF);
		create("lufengadmin", "周管理", unit("office:" + lufeng.code()), Role.SYSTEM_ADMIN);
		create("xuanchuan", "刘宣传", named("省委宣传部"), Role.LIAISON);
		create("tuiyi", "孙退役", named("省退役军人厅"), Role.LIAISON);
		create("junqu", "吴军区", named("省军区政治工作局"), Role.LIAISON);
		create("junfenqu", "郑军分区", unit("military:5323"), Role.LIAISON);
		create("cxtuiyi", "何退役", unit("veterans:5323"), Role.LIAISON);
		create("cxjiaoyu", "许教育", unit("education:5323"), Role.LIAISON);
		create("cxsjiaoyu", "唐教育", unit("education:532301"), Role.LIAISON);
		create("cxrenshe", "马人社", unit("human-resources:5323"), Role.LIAISON);
		create("cxweijian", "罗卫健", unit("health:5323"), Role.LIAISON);
		create("cxjiaotong", "高交通", unit("transport:5323"), Role.LIAISON);
		create("cxxinfang", "林信访", unit("petitions:5323"), Role.LIAISON);
		create("cxjungong", "胡军供", unit("supply:5323"), Role.LIAISON);
		create("zhan", "钱站长", villageStation(lufeng), Role.STATION_STAFF);
		create("lingdao", "冯领导", province, Role.LEADER);
		log.info("演示账号已创建，密码均为 {}", PASSWORD);
	}

	private Unit villageStation(Region county) {
		Region township = directory.children(county.code()).get(0);
		Region village = directory.children(township.code()).get(0);
		return unit("station:" + village.code());
	}

	private Unit named(String name) {
		return directory.search(name, 1).stream().findFirst()
			.orElseThrow(() -> new IllegalStateException("目录中缺少 " + name));
	}

	private Unit unit(String key) {
		Optional<Unit> unit = directory.catalogueUnit(key);
		return unit.orElseThrow(() -> new IllegalStateException("目录中缺少 " + key));
	}

	/** Each account gets its own hash, with its own salt, even though the demo password is the same. */
	private void create(String username, String name, Unit unit, Role role) {
		String phone = "1387800" + String.format("%04d", Math.abs(username.hashCode()) % 10000);
		accounts.insert(new NewAccount(username, name, unit.id().value(), unit.regionCode().value(), role, phone,
				username + "@shuangyong.example", false), encoder.encode(PASSWORD),
				role.administrator() ? TotpCode.newSecret() : null, clock.instant(), "demo");
	}

	record DemoAccount(String username, String who, Role role) {
	}
}
