import { agentPanelEn, type AgentPanelMessages } from './en';

export const agentPanelRu: AgentPanelMessages = agentPanelEn;
