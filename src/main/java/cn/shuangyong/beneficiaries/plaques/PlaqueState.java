package cn.shuangyong.beneficiaries.plaques;

/** A plaque is hung, or revoked (taken down); a revoked plaque can be restored. */
public enum PlaqueState {
	HUNG, REVOKED
}
