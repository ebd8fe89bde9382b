package cn.shuangyong.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, one 专题协商 of 楚雄州 on first start, held in September 2020, with its minutes and two decisions,
 * each followed as a supervision task. Demo data, made through the same service the pages use.
 */
@Component
class DemoConsultation implements DemoSeeder {

	private final Directory directory;

	private final Consultations consultations;

	DemoConsultation(Directory directory, Consultations consultations) {
		this.directory = directory;
		this.consultations = consultations;
	}

	@Override
	public String name() {
		return "consultation";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts", "plan");
	}

	@Override
	public void seed() {
		Unit office = unit("office:5323");
		Unit military = unit("military:5323");
		Unit veterans = unit("veterans:5323");
		Unit civil = unit("civil-affairs:5323");
		Unit finance = unit("finance:5323");
		SystemActor chuxiong = new SystemActor("demo", office.id().value(), office.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));
		long meeting = consultations.call(new NewMeeting(MeetingKind.TOPIC, "随军家属就业安置和退役军人应急救援专题协商会",
				LocalDate.of(2020, 9, 18), "楚雄州退役军人事务局三楼会议室",
				"一、通报双清单中随军家属就业安置需求办理情况；\n二、协商退役军人应急救援队伍训练保障；\n三、研究下一步工作安排。",
				ids(military, veterans, civil, finance)), chuxiong);
		consultations.recordMinutes(meeting, 0, """
				2020年9月18日，州双拥办组织召开专题协商会，楚雄军分区、州退役军人事务局、州民政局、州财政局参加。
				会议通报了随军家属就业安置需求的办理进展，协商了退役军人应急救援队伍训练的保障事项，议定两项工作。""",
				chuxiong);
		consultations.decide(meeting, new NewDecision("州退役军人事务局牵头，11月底前举办随军家属专场招聘会，提供不少于30个岗位",
				ids(veterans), ids(civil), LocalDate.of(2020, 11, 30)), chuxiong);
		consultations.decide(meeting, new NewDecision("州财政局安排退役军人应急救援队训练经费，军分区派出教练员保障年内训练",
				ids(finance), ids(military), LocalDate.of(2020, 12, 31)), chuxiong);
	}

	private static List<Long> ids(Unit... units) {
		return java.util.Arrays.stream(units).map(u -> u.id().value()).toList();
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}
}
