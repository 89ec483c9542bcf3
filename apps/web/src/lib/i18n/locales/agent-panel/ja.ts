import { agentPanelEn, type AgentPanelMessages } from './en';

export const agentPanelJa: AgentPanelMessages = agentPanelEn;
