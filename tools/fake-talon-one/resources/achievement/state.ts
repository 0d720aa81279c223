import type { Obj } from '../shared';

/** One achievement a campaign offers (Achievement, without the customer's progress). */
export interface Achievement {
	id: number;
	created: string;
	name: string;
	title: string;
	description: string;
	target: number;
	period: string;
	campaignId: number;
	status: 'active' | 'scheduled';
}

export const createAchievementState = () => ({
	achievements: new Map<number, Achievement>(),
	/** Each customer's periods per achievement, oldest first: `${profileId}\u0000${achievementId}`. */
	achievementProgress: new Map<string, Obj[]>(),
});

export const progressKey = (profileId: string, achievementId: number): string => `${profileId}\u0000${achievementId}`;
