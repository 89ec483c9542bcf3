import { SectionBoundary } from '@/components/errors/section-boundary';
import { SendingGuide } from './sending-guide';
import { SigningSecretPanel } from './signing-secret-panel';
import { TestConversationForm } from './test-conversation-form';

/** "Sending events": the signing secret, a test conversation, and the recipe for the platform. */
export function SendingEvents({ tenantId }: { tenantId: string }) {
  return (
    <div className="sending-events">
      <SectionBoundary>
        <SigningSecretPanel tenantId={tenantId} />
      </SectionBoundary>
      <TestConversationForm tenantId={tenantId} />
      <SendingGuide tenantId={tenantId} />
    </div>
  );
}
