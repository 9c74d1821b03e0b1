import { Skill } from '../../domain/reference-data.types';

// Government Digital and Data Profession Capability Framework (ddat-capability-framework.service.gov.uk): each role
// with the skills it assesses. A code is DDAT.<ROLE FAMILY>.<SKILL>, so a skill two roles share (data modelling) is
// coded once per role: levels are defined per role, and a vacancy asks for a role's skill.
const ROLES: Record<string, { role: string; skills: string[] }> = {
  DATA_SCIENCE: {
    role: 'Data scientist',
    skills: [
      'Applied maths, statistics and scientific practices',
      'Data engineering and manipulation',
      'Data modelling',
      'Data science innovation',
      'Delivering business impact',
      'Developing data science capability',
      'Domain expertise',
      'Programming and build',
      'Understanding analysis across the life cycle',
    ],
  },
  DATA_ENGINEERING: {
    role: 'Data engineer',
    skills: [
      'Communicating between the technical and the non-technical',
      'Data analysis and synthesis',
      'Data development process',
      'Data innovation',
      'Data integration design',
      'Data modelling',
      'Metadata management',
      'Problem resolution',
      'Programming and build',
      'Technical understanding',
      'Testing',
    ],
  },
  DATA_ANALYSIS: {
    role: 'Data analyst',
    skills: [
      'Communicating between the technical and the non-technical',
      'Data analysis and synthesis',
      'Data management',
      'Data modelling, cleansing and enrichment',
      'Data quality assurance, validation and linkage',
      'Data visualisation',
      'IT and mathematics',
      'Logical and creative thinking',
      'Problem management',
    ],
  },
  PERFORMANCE_ANALYSIS: {
    role: 'Performance analyst',
    skills: [
      'Communicating analysis and insight',
      'Data analysis and synthesis',
      'Data collection and management',
      'Data visualisation',
      'Performance metrics and analytics',
      'Problem management',
      'User focus',
    ],
  },
  USER_RESEARCH: {
    role: 'User researcher',
    skills: [
      'Analysis and synthesis',
      'Inclusive research',
      'Research',
      'Strategic insight',
      'Technical understanding',
      'User-centred practices',
    ],
  },
  SOFTWARE_DEVELOPMENT: {
    role: 'Software developer',
    skills: [
      'Availability and capacity management',
      'Development process optimisation',
      'Information security',
      'Modern standards approach',
      'Programming and build',
      'Prototyping',
      'Service support',
      'Systems design',
      'Systems integration',
      'User focus',
    ],
  },
  TECHNICAL_ARCHITECTURE: {
    role: 'Technical architect',
    skills: [
      'Communicating between the technical and the non-technical',
      'Making architectural decisions',
      'Problem resolution',
      'Requirements translation',
      'Strategic thinking',
      'Turning business problems into technical design',
    ],
  },
  PRODUCT_MANAGEMENT: {
    role: 'Product manager',
    skills: [
      'Agile and Lean practices',
      'Life cycle perspective',
      'Problem ownership',
      'Product ownership',
      'Stakeholder relationship management',
      'Strategic thinking',
      'User focus',
    ],
  },
  DELIVERY_MANAGEMENT: {
    role: 'Delivery manager',
    skills: [
      'Agile and Lean practices',
      'Agile working',
      'Community collaboration',
      'Life cycle perspective',
      'Maintaining delivery',
      'Making a process work',
      'Planning',
      'Risk and issue management',
      'Team dynamics and collaboration',
    ],
  },
  SERVICE_OWNERSHIP: {
    role: 'Service owner',
    skills: [
      'Agile and Lean practices',
      'Financial management',
      'Life cycle perspective',
      'Stakeholder relationship management',
      'Strategic thinking',
      'Technical understanding',
      'User focus',
    ],
  },
  BUSINESS_ANALYSIS: {
    role: 'Business analyst',
    skills: [
      'Agile working',
      'Business analysis',
      'Business modelling',
      'Business process improvement',
      'Enterprise and business architecture',
      'Methods and tools',
      'Requirements definition and management',
      'Stakeholder relationship management',
    ],
  },
  SERVICE_DESIGN: {
    role: 'Service designer',
    skills: ['Agile working', 'Prototyping', 'Service design', 'Strategic thinking', 'User focus'],
  },
  CONTENT_DESIGN: {
    role: 'Content designer',
    skills: [
      'Agile working',
      'Content concepts and prototyping',
      'Content management',
      'Planning and strategy',
      'User focus',
    ],
  },
  INTERACTION_DESIGN: {
    role: 'Interaction designer',
    skills: [
      'Agile working',
      'Evidence- and context-based design',
      'Prototyping',
      'Technical understanding',
      'User-centred design',
    ],
  },
};

/** `Data modelling, cleansing and enrichment` -> `DATA_MODELLING_CLEANSING_AND_ENRICHMENT`. */
export function skillCodeSegment(name: string): string {
  return name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export const DDAT_SKILLS_SEED: Skill[] = Object.entries(ROLES).flatMap(([family, { role, skills }]) =>
  skills.map((name) => ({
    code: `DDAT.${family}.${skillCodeSegment(name)}`,
    name,
    kind: 'SKILL' as const,
    framework: 'DDAT',
    role,
  })),
);
