package cn.shuangyong.beneficiaries.plaques;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grounds for taking a plaque down. 国办发〔2018〕72号 Art. 9 names the first three; 退役军人事务部《光荣牌悬挂服务管理工作
 * 规定(试行)》(2019) Art. 27 adds the rest (policy-facts §1, from a secondary summary [S]). Whatever the ground, the
 * facts are written out in free text.
 */
public enum RevocationGround {
	CRIMINAL_SENTENCE("本人或家庭成员被判处刑罚", "国办发〔2018〕72号 第九条"),
	PUBLIC_SECURITY_PENALTY("受到治安管理处罚且造成不良社会影响", "国办发〔2018〕72号 第九条"),
	EXPELLED_FROM_SERVICE("现役军人被除名或开除军籍", "国办发〔2018〕72号 第九条"),
	ILLEGAL_ACTS("有违法犯罪行为", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	PUBLIC_MORALITY("严重违背社会公德", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	PUBLIC_ORDER("扰乱社会公共秩序", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	NATIONAL_INTERESTS("危害国家利益或国家安全", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	DISHONEST_DEBTOR("被列入失信被执行人名单", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	PETITION_TROUBLE("挑头集访闹访，经劝阻警告仍不改正", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	DISRESPECT("不爱护、不尊重光荣牌", "《光荣牌悬挂服务管理工作规定(试行)》第二十七条"),
	OTHER("其他（须写明事实和依据）", "县级退役军人事务部门认定");

	private final String label;

	private final String source;

	RevocationGround(String label, String source) {
		this.label = label;
		this.source = source;
	}

	public String label() {
		return label;
	}

	public String source() {
		return source;
	}

	public static Optional<RevocationGround> named(String name) {
		return Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst();
	}
}
