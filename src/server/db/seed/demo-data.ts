// Word lists for the demo company. Names are invented; any likeness to real companies is chance.
export const COMPANY_FIRST = [
  'Acme', 'Northwind', 'Blue Harbor', 'Summit', 'Lumen', 'Crescent', 'Evergreen', 'Ironclad', 'Nimbus', 'Pioneer',
  'Quantum', 'Redwood', 'Silverline', 'Tidewater', 'Vertex', 'Willow', 'Zenith', 'Atlas', 'Beacon', 'Cobalt',
  'Delta', 'Ember', 'Falcon', 'Granite', 'Horizon', 'Indigo', 'Juniper', 'Keystone', 'Lighthouse', 'Meridian',
  'Nova', 'Orchid', 'Polaris', 'Quarry', 'Riverbend', 'Sequoia', 'Trillium', 'Upland', 'Vanguard', 'Westbrook',
  'Hanbit', 'Seoul Bridge', 'Jade River', 'Golden Lotus', 'Baikal', 'Volga', 'Neva', 'Aurora', 'Kestrel', 'Osprey',
] as const;

export const COMPANY_SECOND = [
  'Logistics', 'Health', 'Analytics', 'Foods', 'Energy', 'Robotics', 'Capital', 'Media', 'Labs', 'Systems',
  'Retail', 'Manufacturing', 'Insurance', 'Education', 'Biotech', 'Telecom', 'Software', 'Travel', 'Security', 'Mobility',
] as const;

export const COMPANY_SUFFIX = ['Inc.', 'Group', 'Ltd', 'Co.', 'Corp', 'GmbH', 'Holdings', 'Partners'] as const;

export const INDUSTRIES: Record<string, string> = {
  Logistics: 'Transportation', Health: 'Healthcare', Analytics: 'Technology', Foods: 'Consumer goods',
  Energy: 'Energy', Robotics: 'Manufacturing', Capital: 'Financial services', Media: 'Media',
  Labs: 'Technology', Systems: 'Technology', Retail: 'Retail', Manufacturing: 'Manufacturing',
  Insurance: 'Financial services', Education: 'Education', Biotech: 'Life sciences', Telecom: 'Telecommunications',
  Software: 'Technology', Travel: 'Hospitality', Security: 'Technology', Mobility: 'Transportation',
};

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Isabella', 'James',
  'Minji', 'Jiho', 'Seoyeon', 'Hyun', 'Wei', 'Li Na', 'Xiaoming', 'Mei', 'Anna', 'Dmitri', 'Olga', 'Ivan',
  'Priya', 'Arjun', 'Fatima', 'Omar', 'Chloe', 'Daniel', 'Hannah', 'Leo', 'Grace', 'Samuel', 'Zoe', 'Elena',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Garcia', 'Brown', 'Miller', 'Davis', 'Martinez', 'Wilson', 'Anderson', 'Taylor',
  'Kim', 'Lee', 'Park', 'Choi', 'Wang', 'Zhang', 'Liu', 'Chen', 'Ivanova', 'Petrov', 'Sokolova', 'Volkov',
  'Patel', 'Singh', 'Haddad', 'Nakamura', 'Rossi', 'Müller', 'Dubois', 'Novak', 'Okafor', 'Silva',
] as const;

export const TITLES: Record<string, readonly string[]> = {
  decision_maker: ['VP Operations', 'Head of Customer Experience', 'COO', 'Director of Operations'],
  user: ['Operations Analyst', 'Account Manager', 'Support Specialist', 'Data Analyst', 'Project Manager'],
  it_admin: ['IT Manager', 'Systems Administrator', 'Head of IT', 'Platform Engineer'],
  champion: ['Operations Manager', 'Team Lead', 'Program Manager', 'Product Owner'],
  billing: ['Finance Manager', 'Procurement Lead', 'Accounts Payable Specialist'],
  executive_sponsor: ['CEO', 'CFO', 'Chief Customer Officer', 'SVP Strategy'],
};

export const DEMO_USERS = [
  { name: 'Maria Chen', email: 'maria.chen@tend.local', role: 'cs_manager', locale: 'en' },
  { name: 'Daniel Brooks', email: 'daniel.brooks@tend.local', role: 'csm', locale: 'en' },
  { name: 'Seo-yeon Park', email: 'seoyeon.park@tend.local', role: 'csm', locale: 'ko' },
  { name: 'Anna Sokolova', email: 'anna.sokolova@tend.local', role: 'csm', locale: 'ru' },
  { name: 'Li Wei', email: 'li.wei@tend.local', role: 'csm', locale: 'zh' },
  { name: 'Priya Raman', email: 'priya.raman@tend.local', role: 'csm', locale: 'en' },
  { name: 'Marcus Hill', email: 'marcus.hill@tend.local', role: 'csm', locale: 'en' },
  { name: 'Jonas Weber', email: 'jonas.weber@tend.local', role: 'csm', locale: 'en' },
  { name: 'Grace Okafor', email: 'grace.okafor@tend.local', role: 'viewer', locale: 'en' },
] as const;

export const PRODUCTS = ['Tend Platform', 'Analytics add-on', 'Premium support', 'API access'] as const;
