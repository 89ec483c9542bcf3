import { agentPanelEn, type AgentPanelMessages } from './en';

export const agentPanelDe: AgentPanelMessages = agentPanelEn;
